import { z } from 'zod';
import { toHalfWidth } from './toHalfWidth';

/**
 * The one exact-decimal module of the domain (STYLE.md "Money"): targets, amounts, scores and rates
 * never pass through a float. Decimals travel as strings ("98.50", "-3", "1200"); arithmetic is on
 * scaled BigInts or on {@link Rational}s (two BigInts), and rounding (四舍五入) happens only where a
 * rule says (RULES.md §2 "Rounding stage is a rule-set choice").
 */

/** A decimal as the filer typed it ("50", "98.5", "-3.25") in a stored form: at most 15 + 10 digits. */
export const DecimalString = z.string().trim().regex(/^-?\d{1,15}(\.\d{1,10})?$/, 'a decimal number, e.g. 98.5');
export type DecimalString = z.infer<typeof DecimalString>;

/** A decimal split into sign, integer digits and fraction digits. */
interface DecimalParts {
  negative: boolean;
  integer: string;
  fraction: string;
}

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?$/;

const splitDecimal = (decimal: string): DecimalParts | undefined => {
  const match = decimalPattern.exec(decimal);
  if (!match) return undefined;
  const integer = match[2] ?? '';
  const fraction = match[3] ?? '';
  if (integer === '' && fraction === '') return undefined;
  return { negative: match[1] === '-', integer, fraction };
};

const joinDecimal = ({ negative, integer, fraction }: DecimalParts): string => {
  const int = integer.replace(/^0+(?=\d)/, '') || '0';
  const isZero = /^0*$/.test(int + fraction);
  return `${negative && !isZero ? '-' : ''}${int}${fraction ? `.${fraction}` : ''}`;
};

/**
 * Writes a JavaScript number (as read from a cell) as the shortest decimal that reads back to it,
 * expanding exponents: 1e21 → "1000000000000000000000", 1e-7 → "0.0000001". Undefined for NaN/∞.
 */
export const numberToDecimal = (value: number): string | undefined => {
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text === '-0' ? '0' : text;
  const digits = (match[2] ?? '') + (match[3] ?? '');
  const point = (match[2] ?? '').length + Number(match[4]);
  const integer = point <= 0 ? '0' : digits.padEnd(point, '0').slice(0, point);
  const fraction = point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  return joinDecimal({ negative: match[1] === '-', integer, fraction: fraction.replace(/0+$/, '') });
};

/**
 * Reads a decimal from cell text or a cell number: trims, accepts full-width digits, a leading "+",
 * thousands separators in groups of three ("1,200.5"), ".5". Keeps the fraction digits as typed
 * ("98.50" stays "98.50"); drops leading zeros and the sign of zero. Undefined when it is not a number.
 *
 * @example
 * parseDecimal('1,200') // '1200'
 * parseDecimal('＋０.５０') // '0.50'
 */
export const parseDecimal = (value: string | number): string | undefined => {
  if (typeof value === 'number') return numberToDecimal(value);
  const text = toHalfWidth(value).trim().replace(/\s+/g, '');
  if (text.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return undefined;
    return parseDecimal(text.replace(/,/g, ''));
  }
  const parts = splitDecimal(text);
  return parts ? joinDecimal(parts) : undefined;
};

/** A decimal as a scaled BigInt: "12.3456" at scale 2 is not exact, at scale 4 is 123456n. */
export const decimalToScaled = (decimal: string, scale: number): bigint | undefined => {
  const parts = splitDecimal(decimal);
  if (!parts) return undefined;
  const fraction = parts.fraction.replace(/0+$/, '');
  if (fraction.length > scale) return undefined;
  const magnitude = BigInt((parts.integer || '0') + fraction.padEnd(scale, '0'));
  return parts.negative ? -magnitude : magnitude;
};

/** Writes a scaled BigInt as a decimal with exactly `scale` fraction digits: (123456n, 4) → "12.3456". */
export const scaledToDecimal = (scaled: bigint, scale: number): string => {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return joinDecimal({ negative, integer, fraction });
};

/**
 * An exact rational number held as two bigints, so that scores and rates (w·a/t, rescaling, means)
 * are computed without float artefacts.
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
  const parts = decimal === undefined ? undefined : splitDecimal(decimal);
  if (!parts) return undefined;
  const digits = BigInt(`${parts.integer}${parts.fraction}` || '0');
  return make(parts.negative ? -digits : digits, 10n ** BigInt(parts.fraction.length));
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
  return scaledToDecimal((r.n * 10n ** BigInt(decimals)) / r.d, decimals);
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

/**
 * Compares two decimals exactly: -1, 0 or 1. Throws on text that is not a decimal.
 *
 * @example
 * compareDecimals('100.0', '100') // 0
 */
export const compareDecimals = (a: string, b: string): -1 | 0 | 1 => cmp(exact(a), exact(b));

/**
 * Rounds a decimal half away from zero to `places` fraction digits, exactly.
 *
 * @example
 * formatDecimal('12.345', 2) // '12.35'
 * formatDecimal('7', 2) // '7.00'
 */
export const formatDecimal = (decimal: string, places: number): string => toFixed(exact(decimal), places);
