import { z } from 'zod';

/** A decimal number as the filer typed it ("50", "98.5", "-3.25"): never through a float on the way in. */
export const DecimalString = z.string().trim().regex(/^-?\d{1,15}(\.\d{1,10})?$/, 'a decimal number, e.g. 98.5');
export type DecimalString = z.infer<typeof DecimalString>;

/** A decimal as an exact integer and the power of ten it is scaled by: "98.5" → 985n / 10¹. */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

/**
 * Reads a decimal string exactly.
 *
 * @example
 * parseDecimal('-3.25') // { units: -325n, scale: 2 }
 */
export const parseDecimal = (text: string): ScaledDecimal => {
  const value = DecimalString.parse(text);
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const units = BigInt(whole + fraction);
  return { units: value.startsWith('-') ? -units : units, scale: fraction.length };
};

/** Both decimals as integers at the same scale, so they compare and divide exactly. */
export const alignDecimals = (a: ScaledDecimal, b: ScaledDecimal): [bigint, bigint] => {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)];
};
