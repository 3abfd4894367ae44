import { gunzipSync, gzipSync } from 'node:zlib';
import { appError } from '../errors/appError';

/**
 * Form data and stored responses are kept as gzipped JSON: a DynamoDB item holds at most 400 KB
 * and a target sheet may list up to 500 indicators. The limit leaves room for the other attributes.
 */
export const maxCompressedBytes = 300_000;

/** Compresses a value's JSON; refuses (413) what would not fit in an item. */
export const compressJson = (value: unknown): Uint8Array => {
  const bytes = gzipSync(Buffer.from(JSON.stringify(value), 'utf8'));
  if (bytes.byteLength > maxCompressedBytes) {
    throw appError('submission.tooLarge', { zh: '表格内容过大，无法保存', en: 'The form is too large to be stored' });
  }
  return new Uint8Array(bytes);
};

export const decompressJson = (bytes: Uint8Array): unknown => JSON.parse(gunzipSync(bytes).toString('utf8'));
