/** Bytes per `String.fromCharCode` call: far below the engines' argument limits. */
const chunk = 0x8000;

/**
 * Base64 of a file's bytes for `POST /v1/offline/uploads` (the body is JSON), with `btoa`, which
 * browsers and Node.js 20+ both have; built in chunks so a 1 MB file does not overflow the stack.
 *
 * @example
 * bytesToBase64(new Uint8Array([80, 75, 3, 4])) // 'UEsDBA=='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunk) binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  return btoa(binary);
}
