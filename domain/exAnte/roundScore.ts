/**
 * Rounds half away from zero to `decimals` places by shifting the decimal exponent instead of
 * multiplying, so 89.995 gives 90 (a binary product would give 89.99) and a float sum such as
 * 89.99999999999999 gives 90.
 *
 * @example
 * roundScore(89.995, 2) // 90
 */
export const roundScore = (value: number, decimals: number): number => {
  const text = Math.abs(value).toString();
  // Tiny or huge values print in exponent form, where the string shift does not apply.
  const shifted = text.includes('e') ? Math.abs(value) * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
};
