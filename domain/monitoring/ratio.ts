const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

/**
 * The quotient of two exact integers as a number, with a single rounding whenever the reduced
 * fraction fits in a double's exact range. So a ratio that is exactly 0.6 compares equal to the band
 * bound 0.6 (RULES.md §5 edges), which a chain of float multiplications would not promise.
 *
 * @example
 * ratio(7n, 35n) // 0.2
 */
export const ratio = (numerator: bigint, denominator: bigint): number => {
  if (denominator === 0n) throw new RangeError('ratio: denominator is 0');
  const divisor = gcd(numerator, denominator);
  const sign = denominator < 0n ? -1n : 1n;
  return Number((sign * numerator) / divisor) / Number((sign * denominator) / divisor);
};
