import { describe, expect, it } from 'vitest';
import { scoreExAnteAssessment } from '../../../../domain/exAnte/scoreExAnteAssessment';
import { ExAnteAssessment, type AssessorScores } from '../../../../domain/exAnte/exAnteAssessment';
import { ExAnteRules, defaultExAnteRules } from '../../../../domain/ruleSet/exAnteRules';
import { exact, toNumber } from '../../../../domain/values/decimal';

const roundScore = (value: number, decimals: number): number => toNumber(exact(value), decimals);

/** Four dimensions at `each` and financing compliance at `last`. */
const scores = (each: number, last: number): AssessorScores['scores'] => ({
  necessity: each,
  economy: each,
  targetSoundness: each,
  feasibility: each,
  financingCompliance: last,
});

const assess = (list: AssessorScores[], extra: Partial<ExAnteAssessment> = {}) =>
  scoreExAnteAssessment(ExAnteAssessment.parse({ subject: 'project', assessors: list, ...extra }), defaultExAnteRules);

describe('scoreExAnteAssessment: conclusion bands at their edges (RULES.md §4)', () => {
  it.each([
    [20, 20, 100, 'support'],
    [18, 18, 90, 'support'],
    [18, 17.99, 89.99, 'revise'],
    [14, 14, 70, 'revise'],
    [14, 13.99, 69.99, 'reject'],
    [0, 0, 0, 'reject'],
  ] as const)('four × %d + %d = %d → %s', (each, last, total, conclusion) => {
    const result = assess([{ assessor: 'finance', scores: scores(each, last) }]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.score).toBe(total);
    expect(result.conclusion).toBe(conclusion);
  });

  it('adds sub-scores exactly: five × 17.999 = 89.995 → 90 (a float sum gives 89.99499999999999 → 89.99)', () => {
    let floatSum = 0;
    for (let i = 0; i < 5; i++) floatSum += 17.999;
    expect(floatSum).toBeLessThan(89.995);
    const result = assess([{ assessor: 'finance', scores: scores(17.999, 17.999) }]);
    expect(result.assessorTotals[0]!.total).toBe(89.995);
    expect(result.score).toBe(90);
    expect(result.conclusion).toBe('support');
  });

  it('rounds the aggregate before banding, so a float sum just under 90 still supports', () => {
    // 17.1 + 17.2 + 17.3 + 18.6 + 19.8 is 90, but its float sum is 89.99999999999999.
    expect(17.1 + 17.2 + 17.3 + 18.6 + 19.8).toBeLessThan(90);
    const result = assess([
      { assessor: 'finance', scores: { necessity: 17.1, economy: 17.2, targetSoundness: 17.3, feasibility: 18.6, financingCompliance: 19.8 } },
    ]);
    expect(result.score).toBe(90);
    expect(result.conclusion).toBe('support');
  });
});

describe('scoreExAnteAssessment: assessors', () => {
  it('averages within a kind, weights across kinds, and leaves the department self-score out by default', () => {
    const result = assess([
      { assessor: 'departmentSelf', scores: scores(20, 20) },
      { assessor: 'finance', scores: scores(16, 16) }, // 80
      { assessor: 'expert', name: '专家甲', scores: scores(14, 14) }, // 70
      { assessor: 'expert', name: '专家乙', scores: scores(18, 18) }, // 90
      { assessor: 'agency', scores: scores(17, 13) }, // 81
    ]);
    expect(result.assessorTotals.map((t) => t.total)).toEqual([100, 80, 70, 90, 81]);
    expect(result.byAssessor).toEqual({ departmentSelf: 100, finance: 80, expert: 80, agency: 81 });
    // (80 + 80 + 81) / 3 = 80.333… → 80.33
    expect(result.score).toBe(80.33);
    expect(result.conclusion).toBe('revise');
  });

  it('follows the rule set: weights and bands are data', () => {
    const rules = ExAnteRules.parse({
      ...defaultExAnteRules,
      assessorWeights: { departmentSelf: 0, finance: 3, expert: 1, agency: 0 },
      conclusionBands: [
        { from: 80, value: 'support' },
        { from: 60, value: 'revise' },
        { from: 0, value: 'reject' },
      ],
    });
    const assessment = ExAnteAssessment.parse({
      subject: 'policy',
      assessors: [
        { assessor: 'finance', scores: scores(17, 16) }, // 84
        { assessor: 'expert', scores: scores(12, 12) }, // 60
      ],
    });
    const result = scoreExAnteAssessment(assessment, rules);
    expect(result.score).toBe((3 * 84 + 60) / 4); // 78
    expect(result.conclusion).toBe('revise');
  });

  it('refuses a score when only non-counting assessors scored', () => {
    const result = assess([{ assessor: 'departmentSelf', scores: scores(20, 20) }]);
    expect(result.score).toBeNull();
    expect(result.conclusion).toBeNull();
    expect(result.problems.map((p) => p.code)).toContain('exAnte.noCountingAssessor');
  });
});

describe('scoreExAnteAssessment: sub-scores', () => {
  it('refuses a sub-score above its points, with the path of the score', () => {
    const result = assess([
      { assessor: 'finance', scores: scores(18, 18) },
      { assessor: 'expert', scores: { ...scores(18, 18), economy: 20.5 } },
    ]);
    expect(result.score).toBeNull();
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'exAnte.scoreAbovePoints', path: 'assessors.1.scores.economy' });
    expect(errors[0]!.message_zh).toContain('投入经济性');
    expect(errors[0]!.message_en).toContain('Economy of inputs');
  });

  it('words problems for a policy with the policy dimensions', () => {
    const result = scoreExAnteAssessment(
      ExAnteAssessment.parse({ subject: 'policy', assessors: [{ assessor: 'finance', scores: { necessity: 20 } }] }),
      defaultExAnteRules,
    );
    const missing = result.problems.filter((p) => p.code === 'exAnte.scoreMissing');
    expect(missing.map((p) => p.path)).toEqual([
      'assessors.0.scores.economy',
      'assessors.0.scores.targetSoundness',
      'assessors.0.scores.feasibility',
      'assessors.0.scores.financingCompliance',
    ]);
    expect(missing[0]!.message_zh).toContain('政策保障充分性');
  });

  it('does not ask for a dimension the rule set gives no points', () => {
    const rules = ExAnteRules.parse({
      ...defaultExAnteRules,
      dimensionPoints: { necessity: 25, economy: 25, targetSoundness: 25, feasibility: 25, financingCompliance: 0 },
    });
    const result = scoreExAnteAssessment(
      ExAnteAssessment.parse({ subject: 'project', assessors: [{ assessor: 'finance', scores: { necessity: 25, economy: 20, targetSoundness: 25, feasibility: 20 } }] }),
      rules,
    );
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.score).toBe(90);
  });

  it('rejects dimension points that do not add up to 100', () => {
    const parsed = ExAnteRules.safeParse({
      ...defaultExAnteRules,
      dimensionPoints: { ...defaultExAnteRules.dimensionPoints, necessity: 30 },
    });
    expect(parsed.success).toBe(false);
  });
});

describe('scoreExAnteAssessment: checklists', () => {
  it('warns about unanswered items of the category and of the finance review, without blocking the score', () => {
    const result = assess([{ assessor: 'finance', scores: scores(19, 19) }], {
      category: 'infrastructure',
      checklistAnswers: {
        infrastructure: { planConformity: 'met', fundingSecured: 'met', investmentSchedule: 'notMet' },
        financeReview: { spendingStandards: 'met', noOverlap: 'met' },
      },
    });
    expect(result.score).toBe(95);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'exAnte.checklistUnanswered', path: 'checklistAnswers.financeReview.fiscalCapacity', severity: 'warning' }),
    ]);
  });

  it('holds the four checklists as data', () => {
    for (const list of ['infrastructure', 'industry', 'livelihood', 'financeReview'] as const)
      expect(defaultExAnteRules.checklists[list].length).toBeGreaterThan(0);
  });
});

describe('exact rounding of scores (toNumber of the decimal the assessor typed)', () => {
  it('rounds half away from zero at the decimal, not the binary, value', () => {
    expect(roundScore(89.995, 2)).toBe(90);
    expect(roundScore(69.994, 2)).toBe(69.99);
    expect(roundScore(1.005, 2)).toBe(1.01);
    expect(roundScore(80.333333, 2)).toBe(80.33);
    expect(roundScore(-2.5, 0)).toBe(-3);
    expect(roundScore(1e-9, 2)).toBe(0);
  });
});
