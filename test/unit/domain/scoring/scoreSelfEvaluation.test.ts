import { describe, expect, it } from 'vitest';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { defaultRuleSet, type RuleSet } from '../../../../domain/ruleSet/ruleSet';
import { gradeOf } from '../../../../domain/scoring/grade';
import { scoreSelfEvaluation } from '../../../../domain/scoring/scoreSelfEvaluation';
import type { SelfEvaluationInput } from '../../../../domain/scoring/selfEvaluationInput';

const rules = defaultRuleSet('nantong', 2025);
const what = (partial: Parameters<typeof mergeRuleSet>[1]): RuleSet => {
  const merged = mergeRuleSet(rules, partial);
  if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
  return merged.ruleSet;
};

// The published example: 全年预算数 310.2万元, 全年执行数 154.74万元 (1万元 = 1,000,000 fen).
const publishedExecution = { adjustedFen: 310_200_000, executedFen: 154_740_000 };

/** A worked form: 2 output (25 each), 1 outcome (30), 1 satisfaction (10), execution 10. */
const form = (): SelfEvaluationInput => ({
  indicators: [
    { level1: 'output', name: '培训人次', target: '≥50个', actual: '40个' }, // 25 × 40/50 = 20
    { level1: 'output', name: '项目成本', operator: 'lte', target: '202.6', actual: '210' }, // 25 × 202.6/210 = 24.119… → 24.12
    { level1: 'outcome', name: '带动就业', operator: 'qualitative', target: '明显提升', actual: '达成年度指标', score: 28 },
    { level1: 'satisfaction', name: '受训人员满意度', target: '≥90%', actual: '95%' }, // 10
  ],
  execution: publishedExecution,
});

describe('scoreSelfEvaluation', () => {
  it('scores a worked form: 20 + 24.12 + 28 + 10 + 4.99 = 87.11 (良)', () => {
    const result = scoreSelfEvaluation(form(), rules);
    expect(result.indicators.map((i) => i.points)).toEqual([25, 25, 30, 10]);
    expect(result.indicators.map((i) => i.score)).toEqual([20, 24.12, 28, 10]);
    expect(result.indicators[2]!.tier).toBe('achieved');
    expect(result.execution).toEqual({ rate: 0.4988, points: 10, score: 4.99 });
    expect(result.total).toBe(87.11);
    expect(result.grade).toBe('good');
    expect(result.problems).toEqual([]);
    expect(result.ruleSetId).toBe('nantong-2025-default');
    expect(result.ruleSetVersion).toBe(1);
  });

  it('154.74 / 310.2: 4.99 points by default, 5 points when the rate is rounded to a whole percent first', () => {
    const exactStage = scoreSelfEvaluation({ indicators: [], execution: publishedExecution }, rules);
    expect(exactStage.execution.score).toBe(4.99);
    const wholePercent = scoreSelfEvaluation(
      { indicators: [], execution: publishedExecution },
      what({ selfEvaluation: { rounding: { rateStage: 'wholePercent' } } }),
    );
    expect(wholePercent.execution).toEqual({ rate: 0.5, points: 10, score: 5 });
    expect(scoreSelfEvaluation(form(), what({ selfEvaluation: { rounding: { rateStage: 'wholePercent' } } })).total).toBe(87.12);
  });

  it('uses the adjusted budget and caps the execution score at the execution points', () => {
    const over = scoreSelfEvaluation({ indicators: [], execution: { adjustedFen: 100, executedFen: 120 } }, rules);
    expect(over.execution.rate).toBe(1.2);
    expect(over.execution.score).toBe(10);
    expect(over.problems.map((p) => [p.code, p.severity])).toContainEqual(['selfEvaluation.executionOverBudget', 'warning']);
  });

  it('defines a zero adjusted budget: no rate, 0 points, an error, never NaN (and no total while the error stands)', () => {
    const result = scoreSelfEvaluation({ indicators: [], execution: { adjustedFen: 0, executedFen: 0 } }, rules);
    expect(result.execution).toEqual({ rate: null, points: 10, score: 0 });
    expect(result.problems.map((p) => p.code)).toContain('selfEvaluation.adjustedBudgetZero');
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
  });

  it('defines division by zero for indicators: ≥ with target 0 and ≤ with actual 0', () => {
    const result = scoreSelfEvaluation(
      {
        indicators: [
          { level1: 'output', operator: 'gte', target: '0', actual: '0', points: 25 },
          { level1: 'output', operator: 'lte', target: '0', actual: '0', points: 25 },
          { level1: 'outcome', operator: 'eq', target: '0', actual: '2', points: 30 },
          { level1: 'satisfaction', operator: 'lte', target: '0', actual: '5', points: 10 },
        ],
        execution: { adjustedFen: 100, executedFen: 100 },
      },
      rules,
    );
    expect(result.indicators.map((i) => i.score)).toEqual([25, 25, 0, 0]);
    expect(result.total).toBe(60);
  });

  it('uses variant B for ≤ when the rule set says so', () => {
    const input: SelfEvaluationInput = {
      indicators: [{ level1: 'output', operator: 'lte', target: '5', actual: '8', points: 50 }],
      execution: { adjustedFen: 1, executedFen: 1 },
    };
    expect(scoreSelfEvaluation(input, rules).indicators[0]!.score).toBe(31.25); // 50 × 5/8
    expect(scoreSelfEvaluation(input, what({ selfEvaluation: { reverseVariant: 'B' } })).indicators[0]!.score).toBe(20); // 50 × (1 − 3/5)
  });

  it('rescales the total to 100 over the applicable points when an indicator does not apply', () => {
    const input = form();
    input.indicators[3] = { ...input.indicators[3]!, applicable: false, notApplicableReason: '本年度未开展满意度调查，下年度委托第三方开展' };
    const result = scoreSelfEvaluation(input, rules);
    expect(result.indicators[3]).toEqual({ points: 10, applicable: false, score: null, problems: [] });
    expect(result.applicablePoints).toBe(90);
    // (20 + 24.12 + 28 + 4.99) × 100 / 90 = 85.6777… → 85.68
    expect(result.total).toBe(85.68);
  });

  it('moves the satisfaction points to output and outcome in proportion when there is no satisfaction indicator', () => {
    const result = scoreSelfEvaluation(
      {
        indicators: [
          { level1: 'output', operator: 'gte', target: '10', actual: '10' },
          { level1: 'output', operator: 'gte', target: '10', actual: '10' },
          { level1: 'outcome', operator: 'gte', target: '10', actual: '10' },
        ],
        execution: { adjustedFen: 1, executedFen: 1 },
      },
      rules,
    );
    // 产出 50 + 10 × 50/80 = 56.25 → 28.13 + 28.12; 效益 30 + 10 × 30/80 = 33.75.
    expect(result.indicators.map((i) => i.points)).toEqual([28.13, 28.12, 33.75]);
    expect(result.total).toBe(100);
    expect(result.grade).toBe('excellent');
  });

  it('counts 成本 indicators in the output points by default', () => {
    const result = scoreSelfEvaluation(
      {
        indicators: [
          { level1: 'output', operator: 'gte', target: '1', actual: '1' },
          { level1: 'cost', operator: 'lte', target: '100', actual: '100' },
          { level1: 'outcome', operator: 'gte', target: '1', actual: '1' },
          { level1: 'satisfaction', operator: 'gte', target: '1', actual: '1' },
        ],
        execution: { adjustedFen: 1, executedFen: 1 },
      },
      rules,
    );
    expect(result.indicators.map((i) => i.points)).toEqual([25, 25, 30, 10]);
    expect(result.total).toBe(100);
  });

  it('shares points equally on the score grid so full marks are exactly 100', () => {
    const indicators = [1, 2, 3].map(() => ({ level1: 'output' as const, operator: 'gte' as const, target: '1', actual: '1' }));
    const result = scoreSelfEvaluation(
      {
        indicators: [...indicators, { level1: 'outcome', operator: 'gte', target: '1', actual: '1' }, { level1: 'satisfaction', operator: 'gte', target: '1', actual: '1' }],
        execution: { adjustedFen: 1, executedFen: 1 },
      },
      rules,
    );
    expect(result.indicators.map((i) => i.points)).toEqual([16.67, 16.67, 16.66, 30, 10]);
    expect(result.total).toBe(100);
  });

  it('reports points that do not add up to the group points', () => {
    const input = form();
    input.indicators[0] = { ...input.indicators[0]!, points: 20 };
    input.indicators[1] = { ...input.indicators[1]!, points: 20 };
    const result = scoreSelfEvaluation(input, rules);
    expect(result.problems.map((p) => p.code)).toContain('selfEvaluation.pointsMismatch');
    const partial = form();
    partial.indicators[0] = { ...partial.indicators[0]!, points: 30 };
    expect(scoreSelfEvaluation(partial, rules).indicators.map((i) => i.points)).toEqual([30, 20, 30, 10]);
  });

  it('rejects a qualitative score outside its tier, with the cell address when a cell map is given', () => {
    const input = form();
    input.indicators[2] = { ...input.indicators[2]!, actual: '部分达成并具有一定效果', score: 24 }; // [18, 24) for w = 30
    input.cells = { 'indicators.2.score': 'H9' };
    const result = scoreSelfEvaluation(input, rules);
    expect(result.indicators[2]!.score).toBeNull();
    const [outOfTier] = result.indicators[2]!.problems;
    expect(outOfTier).toMatchObject({
      code: 'selfEvaluation.qualitativeOutOfTier',
      cell: 'H9',
      path: 'indicators.2.score',
      severity: 'error',
    });
    expect(outOfTier!.message_zh).toContain('[18.00, 24.00)');
    expect(result.problems).toContainEqual(outOfTier);
  });

  it('accepts a score on each tier edge that belongs to it', () => {
    const at = (tier: string, score: number) => {
      const input = form();
      input.indicators[2] = { ...input.indicators[2]!, tier, score };
      return scoreSelfEvaluation(input, rules).indicators[2]!;
    };
    expect(at('achieved', 30).score).toBe(30);
    expect(at('achieved', 24).score).toBe(24);
    expect(at('partial', 23.99).score).toBe(23.99);
    expect(at('partial', 18).score).toBe(18);
    expect(at('notAchieved', 17.99).score).toBe(17.99);
    expect(at('notAchieved', 0).score).toBe(0);
    expect(at('notAchieved', 18).problems[0]!.code).toBe('selfEvaluation.qualitativeOutOfTier');
    expect(at('achieved', 30.01).problems[0]!.code).toBe('selfEvaluation.qualitativeOutOfTier');
    expect(at('部分达成', 20).tier).toBe('partial');
  });

  it('takes the tier from the score when none is named, with a warning', () => {
    const input = form();
    input.indicators[2] = { level1: 'outcome', operator: 'qualitative', target: '提升', score: 20 };
    const indicator = scoreSelfEvaluation(input, rules).indicators[2]!;
    expect(indicator.score).toBe(20);
    expect(indicator.tier).toBe('partial');
    expect(indicator.problems.map((p) => [p.code, p.severity])).toEqual([['selfEvaluation.qualitativeTierMissing', 'warning']]);
  });

  it('reports missing and unreadable values at their path instead of scoring them', () => {
    // No bare-number default: a target without ≥ ≤ ＝ is an error naming the cell.
    const strict = what({ selfEvaluation: { bareNumberOperator: { cost: null, other: null } } });
    const result = scoreSelfEvaluation(
      {
        indicators: [
          { level1: 'output', target: '50', actual: '40' },
          { level1: 'output', operator: 'gte', actual: '40' },
          { level1: 'outcome', operator: 'gte', target: '50' },
          { level1: 'satisfaction', operator: 'qualitative', actual: '达成' },
        ],
        execution: { adjustedFen: 1, executedFen: 1 },
      },
      strict,
    );
    expect(result.indicators.map((i) => i.score)).toEqual([null, null, null, null]);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['selfEvaluation.operatorMissing', 'indicators.0.operator'],
      ['selfEvaluation.targetInvalid', 'indicators.1.target'],
      ['selfEvaluation.actualMissing', 'indicators.2.actual'],
      ['selfEvaluation.scoreMissing', 'indicators.3.score'],
    ]);
    // RULES.md §2: no total and no grade while an applicable indicator cannot be scored (was 10 优-less 差).
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
  });

  it('refuses an actual in another dimension than its target (40人 against 个)', () => {
    const input = form();
    input.indicators[0] = { ...input.indicators[0]!, actual: '40人' };
    const result = scoreSelfEvaluation(input, rules);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['selfEvaluation.unitMismatch', 'error']]);
    expect(result.indicators[0]!.score).toBeNull();
    expect(result.total).toBeNull();
  });

  it('grades on half-open bands: 89.99 良, 90 优, 79.99 中, 80 良, 59.99 差, 60 中', () => {
    const bands = rules.selfEvaluation.gradeBands;
    expect([89.99, 90, 100, 79.99, 80, 59.99, 60, 0].map((t) => gradeOf(t, bands))).toEqual([
      'good', 'excellent', 'excellent', 'fair', 'good', 'poor', 'fair', 'poor',
    ]);
  });

  it('grades a whole form at the 90 edge', () => {
    const input: SelfEvaluationInput = {
      indicators: [
        { level1: 'output', operator: 'gte', target: '100', actual: '80', points: 50 }, // 40
        { level1: 'outcome', operator: 'gte', target: '1', actual: '1', points: 30 },
        { level1: 'satisfaction', operator: 'gte', target: '1', actual: '1', points: 10 },
      ],
      execution: { adjustedFen: 10_000, executedFen: 10_000 },
    };
    expect(scoreSelfEvaluation(input, rules)).toMatchObject({ total: 90, grade: 'excellent' });
    input.indicators[0]!.actual = '79.98'; // 50 × 79.98/100 = 39.99
    expect(scoreSelfEvaluation(input, rules)).toMatchObject({ total: 89.99, grade: 'good' });
    const provincial = what({
      selfEvaluation: { gradeBands: [{ from: 80, value: 'excellent' }, { from: 70, value: 'good' }, { from: 60, value: 'fair' }, { from: 0, value: 'poor' }] },
    });
    expect(scoreSelfEvaluation(input, provincial).grade).toBe('excellent');
  });
});
