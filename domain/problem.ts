/**
 * A problem found in a form: where (cell address such as "D12", and/or a data path), what (a stable
 * dotted code), and why in Chinese first and English second.
 */
export interface Problem {
  code: string;
  message_zh: string;
  message_en: string;
  /** A1-style address on the form's sheet, where the problem has a cell. */
  cell?: string;
  /** Path into the typed data, e.g. "indicators.3.target". */
  path?: string;
  severity: 'error' | 'warning';
}

/** Keeps the literal code in its type, so a caller can check it against a closed set of codes. */
export const problem = <C extends string>(
  code: C,
  message_zh: string,
  message_en: string,
  where: { cell?: string; path?: string } = {},
  severity: Problem['severity'] = 'error',
): Problem & { code: C } => ({ code, message_zh, message_en, ...where, severity });
