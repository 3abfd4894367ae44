import { appError } from '../errors/appError';
import type { ApiRequest } from '../http/types';

/**
 * The version a write expects, from `If-Match: "<version>"` (RFC 9110 §13.1.1; a bare number and a
 * weak tag are accepted too). Writes to an existing submission must carry it: missing → 428.
 *
 * @example
 * expectedVersion({ headers: { 'if-match': '"3"' }, … }) // 3
 */
export const expectedVersion = (request: ApiRequest): number => {
  const header = request.headers['if-match']?.trim();
  if (header === undefined || header === '') {
    throw appError('request.preconditionRequired', { zh: '请求缺少 If-Match（当前版本号），请先读取最新版本', en: 'The request needs If-Match with the version you read; fetch the latest version first' });
  }
  const match = /^(?:W\/)?"?(\d{1,6})"?$/.exec(header);
  const version = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!Number.isInteger(version) || version < 1) {
    throw appError('request.invalidIfMatch', { zh: `If-Match 应为版本号，例如 "3"（收到：${header.slice(0, 40)}）`, en: `If-Match must be a version such as "3" (got: ${header.slice(0, 40)})` });
  }
  return version;
};

/** The ETag of a submission version. */
export const etag = (version: number): string => `"${version}"`;
