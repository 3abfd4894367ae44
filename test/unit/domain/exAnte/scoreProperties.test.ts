import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exAnteDimensions } from '../../../../domain/exAnte/dimension';
import { scoreExAnteAssessment } from '../../../../domain/exAnte/scoreExAnteAssessment';
import { defaultExAnteRules } from '../../../../domain/ruleSet/exAnteRules';

// Sub-scores in hundredths of a point, 0–20 each, as an assessor would type them.
const subScore = fc.integer({ min: 0, max: 2000 }).map((h) => h / 100);
const assessor = fc.record({
  assessor: fc.constantFrom('finance', 'expert', 'agency') as fc.Arbitrary<'finance' | 'expert' | 'agency'>,
  scores: fc.tuple(...exAnteDimensions.map(() => subScore)).map((values) =>
    Object.fromEntries(exAnteDimensions.map((d, i) => [d, values[i]!])),
  ),
});

describe('scoreExAnteAssessment properties', () => {
  it('scores valid input within [0, 100] and concludes by the bands of the shown score', () => {
    fc.assert(
      fc.property(fc.array(assessor, { minLength: 1, maxLength: 6 }), (assessors) => {
        const result = scoreExAnteAssessment({ subject: 'project', assessors, checklistAnswers: {} }, defaultExAnteRules);
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const score = result.score!;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(Math.round(score * 100) / 100).toBe(score);
        expect(result.conclusion).toBe(score >= 90 ? 'support' : score >= 70 ? 'revise' : 'reject');
      }),
    );
  });
});
