import { toHalfWidth } from './toHalfWidth';

/**
 * Exact decimals as strings ("98.50", "-3", "1200"): targets and amounts never pass through a float
 * (STYLE.md "Money"). Arithmetic uses BigInt on scaled integers.
 */

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

const fractionLength = (decimal: string): number => splitDecimal(decimal)?.fraction.length ?? 0;

/**
 * Compares two decimals exactly: -1, 0 or 1. Throws on text that is not a decimal.
 *
 * @example
 * compareDecimals('100.0', '100') // 0
 */
export const compareDecimals = (a: string, b: string): -1 | 0 | 1 => {
  const scale = Math.max(fractionLength(a), fractionLength(b));
  const x = decimalToScaled(a, scale);
  const y = decimalToScaled(b, scale);
  if (x === undefined || y === undefined) throw new RangeError(`not decimals: ${a}, ${b}`);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Rounds a decimal half away from zero to `places` fraction digits, exactly.
 *
 * @example
 * formatDecimal('12.345', 2) // '12.35'
 * formatDecimal('7', 2) // '7.00'
 */
export const formatDecimal = (decimal: string, places: number): string => {
  const parts = splitDecimal(decimal);
  if (!parts) throw new RangeError(`not a decimal: ${decimal}`);
  const scale = Math.max(places, parts.fraction.length);
  const scaled = decimalToScaled(decimal, scale)!;
  const divisor = 10n ** BigInt(scale - places);
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return scaledToDecimal(scaled < 0n ? -rounded : rounded, places);
};
