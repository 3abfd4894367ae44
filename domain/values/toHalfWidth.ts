/**
 * Turns full-width ASCII forms (Ｕ+FF01–FF5E, as typed with a Chinese IME: "５０", "％", "＝", "，")
 * into their ASCII twins, the ideographic space into a space, and the minus sign (U+2212) into "-".
 * Other characters (≥, ≤, Chinese units, ㎡) stay as typed, unlike NFKC which would turn "㎡" into "m2".
 *
 * @example
 * toHalfWidth('≥５０个') // '≥50个'
 */
export const toHalfWidth = (text: string): string =>
  text.replace(/[\uFF01-\uFF5E\u3000\u2212]/g, (ch) => {
    if (ch === '\u3000') return ' ';
    if (ch === '\u2212') return '-';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
