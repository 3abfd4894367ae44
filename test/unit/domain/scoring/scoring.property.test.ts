import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';
import { cmp, exact, ZERO, type Rational } from '../../../../domain/values/decimal';
import { scoreQuantity } from '../../../../domain/scoring/scoreQuantity';
import { scoreSelfEvaluation } from '../../../../domain/scoring/scoreSelfEvaluation';
import type { SelfEvaluationIndicatorInput, SelfEvaluationInput } from '../../../../domain/scoring/selfEvaluationInput';

const rules = defaultRuleSet('nantong', 2025);

/** Decimals with up to 2 places, negative to large, as exact values and as the text a cell would hold. */
const cents = fc.integer({ min: -1_000_000, max: 100_000_000 });
const asText = (c: number): string => {
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};
const asExact = (c: number): Rational => exact(asText(c));
const operator = fc.constantFrom('gte' as const, 'lte' as const, 'eq' as const);
const variant = fc.constantFrom('A' as const, 'B' as const);
const points = fc.integer({ min: 0, max: 10_000 });

const indicator: fc.Arbitrary<SelfEvaluationIndicatorInput> = fc.oneof(
  fc.record({
    level1: fc.constantFrom('output' as const, 'outcome' as const, 'satisfaction' as const, 'cost' as const),
    operator,
    target: cents.map(asText),
    actual: fc.oneof(cents.map(asText), cents.map((c) => c / 100)),
    applicable: fc.boolean(),
    notApplicableReason: fc.constantFrom('本年度政策调整，该项工作停止实施', ''),
  }),
  fc.record({
    level1: fc.constantFrom('output' as const, 'outcome' as const, 'satisfaction' as const),
    operator: fc.constant('qualitative' as const),
    tier: fc.constantFrom('achieved', 'partial', 'notAchieved'),
    score: fc.integer({ min: 0, max: 5000 }).map((c) => c / 100),
  }),
);
const form: fc.Arbitrary<SelfEvaluationInput> = fc.record({
  indicators: fc.array(indicator, { maxLength: 12 }),
  execution: fc
    .tuple(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }))
    .map(([adjustedFen, executedFen]) => ({ adjustedFen, executedFen })),
});

describe('scoring properties', () => {
  it('an indicator score lies in [0, points] for any operator, variant, target and actual', () => {
    fc.assert(
      fc.property(operator, variant, points, cents, cents, (op, v, w, t, a) => {
        const s = scoreQuantity({ operator: op, points: exact(w), target: asExact(t), actual: asExact(a) }, v);
        return cmp(s, ZERO) >= 0 && cmp(s, exact(w)) <= 0;
      }),
    );
  });

  it('for ≥, a higher actual never lowers the score', () => {
    fc.assert(
      fc.property(points, cents, cents, fc.nat(1_000_000), (w, t, a, rise) => {
        const at = (actual: number) => scoreQuantity({ operator: 'gte', points: exact(w), target: asExact(t), actual: asExact(actual) }, 'A');
        return cmp(at(a + rise), at(a)) >= 0;
      }),
    );
  });

  it('for ≤ (both variants), a higher actual never raises the score', () => {
    fc.assert(
      fc.property(variant, points, cents, cents, fc.nat(1_000_000), (v, w, t, a, rise) => {
        const at = (actual: number) => scoreQuantity({ operator: 'lte', points: exact(w), target: asExact(t), actual: asExact(actual) }, v);
        return cmp(at(a + rise), at(a)) <= 0;
      }),
    );
  });

  it('a form total lies in [0, 100], is finite and carries a grade, or there is an error and neither', () => {
    fc.assert(
      fc.property(form, (input) => {
        const result = scoreSelfEvaluation(input, rules);
        for (const i of result.indicators) if (i.score !== null) expect(i.score).toBeLessThanOrEqual(i.points);
        if (result.problems.some((p) => p.severity === 'error')) {
          expect(result.total).toBeNull();
          expect(result.grade).toBeNull();
          return;
        }
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(100);
        expect(Number.isFinite(result.total)).toBe(true);
        expect(['excellent', 'good', 'fair', 'poor']).toContain(result.grade);
      }),
      { numRuns: 300 },
    );
  });

  it('the same input and rule set give the same result', () => {
    fc.assert(
      fc.property(form, (input) => {
        const copy = structuredClone(input);
        expect(scoreSelfEvaluation(copy, rules)).toEqual(scoreSelfEvaluation(input, rules));
      }),
      { numRuns: 100 },
    );
  });
});
