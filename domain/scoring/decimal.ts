import { parseDecimal } from '../values/decimal';

/**
 * Exact arithmetic for scores and rates: a rational number held as two bigints, so that
 * w·a/t, rescaling and means are computed without float artefacts, and rounding (四舍五入) happens
 * only where the rule set says (RULES.md §2 "Rounding stage is a rule-set choice").
 */
export interface Rational {
  /** Numerator, carries the sign. */
  readonly n: bigint;
  /** Denominator, always > 0 and coprime with `n`. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

const make = (n: bigint, d: bigint): Rational => {
  if (d === 0n) throw new RangeError('decimal: division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
};

/**
 * An exact value from a decimal string or cell text ("154.74", "1,200", full-width digits), a finite
 * number (through its shortest decimal form, so 0.1 is exactly one tenth, as the user typed it) or a
 * bigint. Undefined for anything that is not a number.
 *
 * @example
 * toRational('154.74') // { n: 7737n, d: 50n }
 */
export const toRational = (value: string | number | bigint): Rational | undefined => {
  if (typeof value === 'bigint') return make(value, 1n);
  const decimal = parseDecimal(value);
  const match = decimal === undefined ? null : /^(-?)(\d*)(?:\.(\d*))?$/.exec(decimal);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  const digits = BigInt(`${whole}${fraction}` || '0');
  return make(sign === '-' ? -digits : digits, 10n ** BigInt(fraction.length));
};

/** Like {@link toRational} for values already known to be valid (rule-set numbers); throws otherwise. */
export const exact = (value: string | number | bigint): Rational => {
  const r = toRational(value);
  if (!r) throw new RangeError(`decimal: not a finite number: ${String(value)}`);
  return r;
};

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export const add = (a: Rational, b: Rational): Rational => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d);
/** a / b; callers guard b = 0 (every rule defines its own result for a zero divisor). */
export const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n);
export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);

/** −1, 0 or 1 as a compares to b. */
export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const isZero = (a: Rational): boolean => a.n === 0n;
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const clamp = (a: Rational, low: Rational, high: Rational): Rational => max(low, min(a, high));

/**
 * Rounds to `decimals` places, half away from zero (四舍五入: 4.985 → 4.99, −4.985 → −4.99).
 *
 * @example
 * roundHalfUp(div(exact(154.74), exact(310.2)), 4) // 0.4988
 */
export const roundHalfUp = (a: Rational, decimals: number): Rational => {
  const scale = 10n ** BigInt(decimals);
  const scaled = a.n * scale;
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + a.d) / (2n * a.d);
  return make(scaled < 0n ? -rounded : rounded, scale);
};

/** Rounds to `decimals` places (half away from zero) and writes the plain decimal text, e.g. "4.99". */
export const toFixed = (a: Rational, decimals: number): string => {
  const r = roundHalfUp(a, decimals);
  const scale = 10n ** BigInt(decimals);
  const scaled = (r.n * scale) / r.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
};

/**
 * Rounds to `decimals` places and returns the number nearest that decimal, so 4.99 prints as 4.99
 * (the float is made from the rounded text, never computed in floats).
 */
export const toNumber = (a: Rational, decimals: number): number => Number(toFixed(a, decimals));

/**
 * Splits `total` into parts proportional to `weights`, each on the grid of `decimals` places, summing
 * exactly to `total` when `total` is on that grid (largest remainder method; ties go to the earlier
 * part). Used to spread points equally or in proportion without a total of 100.01.
 *
 * @example
 * apportion(exact(50), [ONE, ONE, ONE], 2) // 16.67, 16.67, 16.66
 */
export const apportion = (total: Rational, weights: readonly Rational[], decimals: number): Rational[] => {
  const weightSum = sum(weights);
  if (weights.length === 0) return [];
  if (isZero(weightSum)) return weights.map(() => ZERO);
  const scale = 10n ** BigInt(decimals);
  const unit: Rational = make(1n, scale);
  const shares = weights.map((w) => mul(total, div(w, weightSum)));
  // Floor each share to the grid, then hand the remaining units to the largest remainders.
  const floors = shares.map((s) => {
    const scaled = s.n * scale;
    const q = scaled / s.d;
    return make(scaled < 0n && scaled % s.d !== 0n ? q - 1n : q, scale);
  });
  const remainders = shares.map((s, i) => ({ i, r: sub(s, floors[i]!) }));
  const shortfall = sub(roundHalfUp(total, decimals), sum(floors));
  let left = (shortfall.n * scale) / shortfall.d;
  remainders.sort((x, y) => cmp(y.r, x.r) || x.i - y.i);
  const parts = [...floors];
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] = add(parts[i]!, unit);
    left -= 1n;
  }
  return parts;
};
