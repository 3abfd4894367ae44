import { div, exact, mul, type Rational } from './decimal';
import { toHalfWidth } from './toHalfWidth';

/**
 * A unit as a dimension and a factor to that dimension's base (RULES.md §1 "Units"): 万元 is 元 × 10⁴,
 * 亿元 is 元 × 10⁸, 万人 is 人 × 10⁴, % is a ratio × 1/100, ‰ a ratio × 1/1000. Two values compare only
 * within one dimension; 个 and 项, or 元 and %, never convert.
 */
export interface UnitScale {
  /** The base unit ("元", "个", "人次"; "ratio" for % and ‰); '' for a bare number. */
  dimension: string;
  /** What one of this unit is in the base unit. */
  factor: Rational;
}

const ratioUnits: Record<string, Rational> = { '%': exact('0.01'), '‰': exact('0.001') };

// Chinese magnitude prefixes; the rest of the unit is the dimension (万元 → 元, 万人次 → 人次).
const magnitudes: [string, Rational][] = [
  ['亿', exact(100_000_000)],
  ['万', exact(10_000)],
  ['千', exact(1_000)],
];

// Units that begin with a magnitude character but are not a multiple of another unit.
const wholeUnits = new Set(['万分比', '千分比', '千分点']);

/**
 * The dimension and factor of a unit as written on a sheet ("万元", "%", "％", "人次", "").
 *
 * @example
 * unitScale('万元') // { dimension: '元', factor: 10000 }
 * unitScale('%') // { dimension: 'ratio', factor: 0.01 }
 */
export const unitScale = (unit: string): UnitScale => {
  const text = toHalfWidth(unit).trim().replace(/\s+/g, '');
  const ratio = ratioUnits[text];
  if (ratio) return { dimension: 'ratio', factor: ratio };
  if (!wholeUnits.has(text))
    for (const [prefix, factor] of magnitudes)
      if (text.length > prefix.length && text.startsWith(prefix)) return { dimension: text.slice(prefix.length), factor };
  return { dimension: text, factor: exact(1) };
};

export type Conversion =
  | { ok: true; value: Rational }
  | { ok: false; reason: 'dimension'; from: string; to: string }
  | { ok: false; reason: 'rateAmbiguous' };

/**
 * An actual value in the unit of its target, so "900000元" meets a target of "90万元" and "96%" one of
 * "0.96" only when both say so. A bare actual is read in the target's unit, except a bare number in
 * (0, 1] against a target in %: "0.96" may mean 0.96% or 96%, so it is refused with `rateAmbiguous`
 * rather than scored near zero. Different dimensions (个 vs 项, 元 vs %) are refused with `dimension`.
 *
 * @example
 * convertToTargetUnit(exact(900000), '元', '万元') // { ok: true, value: 90 }
 */
export const convertToTargetUnit = (actual: Rational, actualUnit: string, targetUnit: string): Conversion => {
  const to = unitScale(targetUnit);
  const from = unitScale(actualUnit);
  if (from.dimension === '') {
    const isFraction = actual.n > 0n && actual.n <= actual.d;
    if (to.dimension === 'ratio' && isFraction) return { ok: false, reason: 'rateAmbiguous' };
    return { ok: true, value: actual };
  }
  if (to.dimension === '') return { ok: true, value: actual };
  if (from.dimension !== to.dimension) return { ok: false, reason: 'dimension', from: actualUnit, to: targetUnit };
  return { ok: true, value: div(mul(actual, from.factor), to.factor) };
};
