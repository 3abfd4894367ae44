import { xmlSafeText } from '../../domain/values/xmlText';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

// `_x0041_` in a cell's text is an escape to Excel and SheetJS (ECMA-376 §22.9.2.19 ST_Xstring); the
// underscore of such literal text is itself escaped as `_x005F_` so that the text reads back as written.
const special = /[&<>"\r]|_(?=x[0-9A-Fa-f]{4}_)/;
const specialAll = new RegExp(special.source, 'g');

/**
 * Text as the content of an element or a double-quoted attribute of SpreadsheetML: markup escaped,
 * a carriage return kept as a character reference (a parser would turn a raw one into a line feed),
 * and any character XML 1.0 cannot carry replaced by U+FFFD (see `xmlSafeText`), so that what we
 * write is always well-formed XML.
 * @example xmlEscape('a<b & "c"') // "a&lt;b &amp; &quot;c&quot;"
 */
export const xmlEscape = (text: string): string => {
  const safe = xmlSafeText(text);
  return special.test(safe) ? safe.replace(specialAll, (match) => entities[match] ?? '_x005F_') : safe;
};
