import { problem, type Problem } from '../problem';

/**
 * Text that XML 1.0 can carry. Its `Char` production (XML 1.0 §2.2) allows tab, line feed, carriage
 * return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; every part of an .xlsx is XML 1.0, so
 * one character outside that set (U+FFFE, a lone surrogate, a C0 control such as U+0001) makes the
 * whole workbook unreadable. Neither a character reference (`&#xFFFE;`) nor any other escape helps:
 * the code point itself is not allowed.
 */
// C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, and a surrogate that is not half of a pair.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unsafeAll = new RegExp(unsafe.source, 'g');

/** What our writers put in place of a character XML 1.0 cannot carry. */
export const xmlReplacementCharacter = '\uFFFD';

/** The first character of `text` that XML 1.0 cannot carry, as "U+FFFE" with its index; undefined when none. */
export const firstXmlUnsafeCharacter = (text: string): { index: number; codePoint: string } | undefined => {
  const match = unsafe.exec(text);
  if (!match) return undefined;
  const codePoint = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { index: match.index, codePoint };
};

/** True when every character of `text` is allowed in XML 1.0. */
export const isXmlSafeText = (text: string): boolean => !unsafe.test(text);

/**
 * `text` with each character XML 1.0 cannot carry replaced by U+FFFD, the same way every time; the
 * writers of workbooks use it so that no file we write is ever broken XML.
 * @example xmlSafeText('a\uFFFEb') // "a\uFFFDb"
 */
export const xmlSafeText = (text: string): string => (unsafe.test(text) ? text.replace(unsafeAll, xmlReplacementCharacter) : text);

/** The problem for one text holding a character XML 1.0 cannot carry, at a JSON path. */
const xmlUnsafeProblem = (text: string, path: string): Problem | undefined => {
  const found = firstXmlUnsafeCharacter(text);
  if (!found) return undefined;
  return problem(
    'text.invalidCharacter',
    `${path} 含有无法保存的字符 ${found.codePoint}（第 ${found.index + 1} 个字符），请删除后重试`,
    `${path} contains the character ${found.codePoint} (at character ${found.index + 1}), which cannot be saved; remove it and retry`,
    { path },
  );
};

/**
 * Every text in a parsed JSON value (strings and object keys, at any depth) that holds a character
 * XML 1.0 cannot carry, one problem per text with its path ("indicators.3.name"). What is saved
 * ends up in workbooks (the form, templates, the region-wide export), so such text is refused where
 * it enters rather than saved and replaced later.
 */
export const xmlUnsafeTextProblems = (value: unknown, path: readonly (string | number)[] = []): Problem[] => {
  const at = (keys: readonly (string | number)[]) => keys.join('.');
  if (typeof value === 'string') {
    const found = xmlUnsafeProblem(value, at(path));
    return found ? [found] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => xmlUnsafeTextProblems(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = xmlUnsafeProblem(key, at([...path, key]));
      return [...(keyProblem ? [keyProblem] : []), ...xmlUnsafeTextProblems(item, [...path, key])];
    });
  }
  return [];
};
