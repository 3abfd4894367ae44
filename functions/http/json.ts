import type { ApiResponse } from './types';

/**
 * A JSON response.
 *
 * @example
 * return json(200, { items }, { etag: `"${version}"` });
 */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
