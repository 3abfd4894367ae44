import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 signatures for local download links: the signature covers the export id and the
 * expiry (epoch seconds), so neither can be changed without the secret.
 */
export const signExport = (secret: Uint8Array, id: string, expires: number): string =>
  createHmac('sha256', secret).update(`${id}\n${expires}`).digest('base64url');

/** True when `sig` is the signature of `id` and `expires`, compared in constant time. */
export const verifyExportSignature = (secret: Uint8Array, id: string, expires: number, sig: string): boolean => {
  const expected = Buffer.from(signExport(secret, id, expires));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
};
