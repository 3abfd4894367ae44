/**
 * The file name a `Content-Disposition` header offers: the UTF-8 `filename*` (RFC 6266, which keeps
 * Chinese names intact) before the plain `filename`, else the fallback.
 *
 * @example
 * fileNameFromDisposition(`attachment; filename="a.xlsx"; filename*=UTF-8''%E7%BB%A9.xlsx`, 'x.xlsx') // '绩.xlsx'
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return sanitize(decodeURIComponent(extended.trim())) || fallback;
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(header)?.[1];
  return (plain && sanitize(plain.trim())) || fallback;
}

/** No folders in a name the browser saves: keep the last path segment. */
const sanitize = (name: string): string => name.split(/[\\/]/).pop() ?? '';
