import type { CellValue, Grid } from './grid';

/**
 * Export safety against formula injection (OWASP "CSV injection"): text that a spreadsheet would
 * read as a formula or a DDE call when a user edits the cell or saves it as CSV gets one leading
 * apostrophe, so it stays text.
 *
 * Dangerous: a text whose first character after any leading whitespace is `=`, `+`, `-`, `@` (or
 * their full-width forms `＝＋－＠`, which Chinese input methods type and which Excel and WPS accept
 * for a formula) followed by something, or a text that starts with a tab or a carriage return and
 * is not blank. A lone "-" or "＝" stays as it is: forms use them as a "none" placeholder and as the
 * 指标性质 symbol, and nothing follows them that could run.
 * Only strings are touched: real numbers are written as numbers, so a STRING such as "-12.5" is
 * neutralized too (it was text on purpose, e.g. a target value kept as a decimal string).
 *
 * The mapping is reversible: a text that already starts with apostrophes followed by a dangerous
 * text ("'=x") also gets one more, so that {@link unneutralizeText} can always strip exactly one.
 */
// `\s` covers Unicode spaces, the ideographic space U+3000 included.
const formulaStart = /^\s*[=+\-@＝＋－＠]\s*\S/u;

/** True when a spreadsheet could read `text` as a formula or DDE payload. */
export const isDangerousText = (text: string): boolean => (/^[\t\r]/.test(text) && /\S/.test(text)) || formulaStart.test(text);

/** True when `text` is dangerous once its leading apostrophes are removed (the escaped family). */
const isEscapedOrDangerous = (text: string): boolean => isDangerousText(text.replace(/^'+/, ''));

/**
 * Neutralizes one text for export: dangerous text gets a leading `'`, anything else is unchanged.
 * @example neutralizeText('=1+1') // "'=1+1"
 */
export const neutralizeText = (text: string): string => (isEscapedOrDangerous(text) ? `'${text}` : text);

/**
 * Undoes {@link neutralizeText}: strips exactly the one apostrophe it adds, and only when it is
 * followed by a text that needed it. `unneutralizeText(neutralizeText(s)) === s` for every string.
 * @example unneutralizeText("'=1+1") // "=1+1"
 */
export const unneutralizeText = (text: string): string =>
  text.startsWith("'") && isEscapedOrDangerous(text.slice(1)) ? text.slice(1) : text;

/** Neutralizes a cell value: strings as {@link neutralizeText}; numbers, booleans and null as they are. */
export const neutralizeValue = (value: CellValue): CellValue =>
  typeof value === 'string' ? neutralizeText(value) : value;

/**
 * Returns a copy of `grid` whose values and drop-down lists are safe to write to a workbook.
 * @example renderWorkbook([neutralizeGrid(grid)])
 */
export const neutralizeGrid = (grid: Grid): Grid => ({
  ...grid,
  values: grid.values.map((row) => row.map(neutralizeValue)),
  lists: Object.fromEntries(Object.entries(grid.lists).map(([name, items]) => [name, items.map(neutralizeText)])),
});
