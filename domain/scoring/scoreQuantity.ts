import { ZERO, clamp, cmp, div, mul, sub, type Rational } from '../values/decimal';

/** ≤ indicators: variant A `w·t/a` (MoF table note, the default), variant B linear to 0 at `2t`. */
export type ReverseVariant = 'A' | 'B';

export interface QuantityScoreInput {
  operator: 'gte' | 'lte' | 'eq';
  /** The indicator's points `w`. */
  points: Rational;
  target: Rational;
  actual: Rational;
}

// ≥: full marks at or above the target, else in proportion. A target ≤ 0 has no proportion: below it scores 0.
const atLeast = (w: Rational, t: Rational, a: Rational): Rational => {
  if (cmp(a, t) >= 0) return w;
  if (cmp(t, ZERO) <= 0) return ZERO;
  return mul(w, div(a, t));
};

// ≤ variant A: `w·t/a` above the target; a target ≤ 0 exceeded scores 0 (so a = 0 never divides).
const atMostA = (w: Rational, t: Rational, a: Rational): Rational => {
  if (cmp(a, t) <= 0) return w;
  if (cmp(t, ZERO) <= 0) return ZERO;
  return mul(w, div(t, a));
};

// ≤ variant B: `w·(1 − (a−t)/t)` = `w·(2t − a)/t` between t and 2t, 0 from 2t on.
const atMostB = (w: Rational, t: Rational, a: Rational): Rational => {
  if (cmp(a, t) <= 0) return w;
  if (cmp(t, ZERO) <= 0) return ZERO;
  return mul(w, div(sub(mul(t, { n: 2n, d: 1n }), a), t));
};

/**
 * The exact score of a quantitative indicator (RULES.md §2 table), always within [0, w]; never NaN:
 * every zero divisor has a defined result.
 *
 * | operator | score |
 * |---|---|
 * | ≥ | `a ≥ t` → w; else `w·a/t`; `t ≤ 0` and `a < t` → 0 |
 * | ≤ A | `a ≤ t` → w; else `w·t/a`; `t ≤ 0` and `a > t` → 0 |
 * | ≤ B | `a ≤ t` → w; `t < a < 2t` → `w·(1 − (a−t)/t)`; `a ≥ 2t` → 0 |
 * | ＝ | `t = 0`: `a ≤ 0` → w, else 0; otherwise as ≥ |
 *
 * @example
 * scoreQuantity({ operator: 'gte', points: exact(10), target: exact(50), actual: exact(40) }, 'A') // 8
 */
export const scoreQuantity = (input: QuantityScoreInput, variant: ReverseVariant): Rational => {
  const { operator, points: w, target: t, actual: a } = input;
  const raw =
    operator === 'lte'
      ? variant === 'A'
        ? atMostA(w, t, a)
        : atMostB(w, t, a)
      : operator === 'eq' && cmp(t, ZERO) === 0
        ? cmp(a, ZERO) <= 0
          ? w
          : ZERO
        : atLeast(w, t, a);
  return clamp(raw, ZERO, w);
};
