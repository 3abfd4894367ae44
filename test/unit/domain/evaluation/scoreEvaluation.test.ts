import { describe, expect, it } from 'vitest';
import type { EvaluatorScores } from '../../../../domain/evaluation/evaluationInput';
import { scoreDepartmentEvaluation } from '../../../../domain/evaluation/scoreDepartmentEvaluation';
import { scoreEvaluation } from '../../../../domain/evaluation/scoreEvaluation';
import { selfScoreGap } from '../../../../domain/evaluation/selfScoreGap';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';

const rules = defaultRuleSet('nantong', 2025);
const projectItems = rules.evaluation.frameworks.project.parts.flatMap((p) => p.items);
const fullMarks = (overrides: Record<string, number | string> = {}): Record<string, number | string> => ({
  ...Object.fromEntries(projectItems.map((i) => [i.id, i.points])),
  ...overrides,
});

describe('scoreEvaluation (finance re-evaluation / key evaluation)', () => {
  it('keeps each evaluator’s scores and takes the mean per item', () => {
    const evaluators: EvaluatorScores[] = [
      { id: 'fin1', kind: 'finance', scores: fullMarks({ quantity: 6 }) },
      { id: 'exp1', kind: 'expert', scores: fullMarks({ quantity: 7, social: 6 }) },
    ];
    const result = scoreEvaluation({ evaluators }, rules);
    expect(result.items.find((i) => i.id === 'quantity')).toMatchObject({ score: 6.5, byEvaluator: { fin1: 6, exp1: 7 } });
    expect(result.items.find((i) => i.id === 'social')!.score).toBe(7);
    expect(result.parts).toEqual([
      { id: 'decision', points: 20, score: 20 },
      { id: 'process', points: 20, score: 20 },
      { id: 'output', points: 30, score: 28.5 },
      { id: 'outcome', points: 30, score: 29 },
    ]);
    expect(result.evaluators).toEqual([
      { id: 'fin1', kind: 'finance', total: 98 },
      { id: 'exp1', kind: 'expert', total: 97 },
    ]);
    expect(result.total).toBe(97.5);
    expect(result.grade).toBe('excellent');
    expect(result.outputOutcomeShare).toBe(0.6);
    expect(result.problems).toEqual([]);
  });

  it('takes the median when the rule set says so', () => {
    const evaluators: EvaluatorScores[] = [
      { id: 'a', kind: 'expert', scores: fullMarks({ quantity: 2 }) },
      { id: 'b', kind: 'expert', scores: fullMarks({ quantity: 7 }) },
      { id: 'c', kind: 'agency', scores: fullMarks({ quantity: 8 }) },
    ];
    const quantity = (r: ReturnType<typeof scoreEvaluation>) => r.items.find((i) => i.id === 'quantity')!.score;
    expect(quantity(scoreEvaluation({ evaluators }, rules))).toBe(5.67); // 17/3
    const median = mergeRuleSet(rules, { evaluation: { aggregate: 'median' } });
    expect(median.ok && quantity(scoreEvaluation({ evaluators }, median.ruleSet))).toBe(7);
  });

  it('rejects a sub-score above its points and leaves it out of the aggregate', () => {
    const evaluators: EvaluatorScores[] = [
      { id: 'fin1', kind: 'finance', scores: fullMarks({ quantity: 9 }) },
      { id: 'exp1', kind: 'expert', scores: fullMarks({ quantity: 6 }) },
    ];
    const result = scoreEvaluation({ evaluators, cells: { 'evaluators.0.scores.quantity': 'E14' } }, rules);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'evaluation.subScoreOutOfRange', cell: 'E14', path: 'evaluators.0.scores.quantity' }),
    ]);
    expect(result.items.find((i) => i.id === 'quantity')).toMatchObject({ score: 6, byEvaluator: { fin1: null, exp1: 6 } });
  });

  it('reports a missing score and an item nobody scored', () => {
    const scores = fullMarks();
    delete scores.quantity;
    const result = scoreEvaluation({ evaluators: [{ id: 'fin1', kind: 'finance', scores }] }, rules);
    expect(result.problems.map((p) => p.code)).toEqual(['evaluation.scoreMissing']);
    expect(result.items.find((i) => i.id === 'quantity')!.score).toBeNull();
    expect(result.total).toBe(92);
  });

  it('enforces 产出 + 效益 ≥ 60% of the weight on a per-evaluation framework', () => {
    const framework = structuredClone(rules.evaluation.frameworks.project);
    // 决策 30, 过程 20, 产出 25, 效益 25: results hold 50%.
    framework.parts[0]!.points = 30;
    framework.parts[0]!.items[0]!.points = 16;
    framework.parts[2]!.points = 25;
    framework.parts[2]!.items[0]!.points = 3;
    framework.parts[3]!.points = 25;
    framework.parts[3]!.items[0]!.points = 1;
    const evaluators: EvaluatorScores[] = [{ id: 'f', kind: 'finance', scores: Object.fromEntries(framework.parts.flatMap((p) => p.items).map((i) => [i.id, i.points])) }];
    const result = scoreEvaluation({ framework, evaluators }, rules);
    expect(result.outputOutcomeShare).toBe(0.5);
    expect(result.problems.map((p) => p.code)).toEqual(['evaluation.outputOutcomeShareLow']);
    expect(result.total).toBe(100);
  });

  it('reports a framework whose item points do not add up', () => {
    const framework = structuredClone(rules.evaluation.frameworks.project);
    framework.parts[0]!.items[0]!.points = 1;
    const result = scoreEvaluation({ framework, evaluators: [] }, rules);
    expect(result.problems[0]).toMatchObject({ code: 'evaluation.frameworkInvalid', path: 'framework.parts.0' });
  });
});

describe('scoreDepartmentEvaluation (部门整体)', () => {
  it('scores measured items 按完成比例, 满分为止, and judged items from the evaluator', () => {
    const result = scoreDepartmentEvaluation(
      {
        evaluators: [{ id: 'fin1', kind: 'finance', scores: { targetSetting: 4, budgetManagement: 4, dutyPerformance: 13, dutyBenefits: 17 } }],
        actuals: { executionRate: '92.5%', carryoverRate: 8, threePublicChange: '-3%', keyTaskCompletion: '100%', satisfaction: '95%' },
      },
      rules,
    );
    const score = (id: string) => result.items.find((i) => i.id === id)!;
    expect(score('executionRate')).toMatchObject({ measured: true, score: 9.25 }); // 10 × 92.5/100
    expect(score('carryoverRate').score).toBe(6.25); // ≤ 5%: 10 × 5/8
    expect(score('threePublicChange').score).toBe(10); // fell by 3%: at or below 0
    expect(score('keyTaskCompletion').score).toBe(15);
    expect(score('satisfaction').score).toBe(10); // 95% over a 90% target: full marks, no more
    expect(result.parts.map((p) => [p.id, p.score])).toEqual([
      ['input', 14], ['process', 19.5], ['output', 28], ['effect', 27],
    ]);
    expect(result.total).toBe(88.5);
    expect(result.grade).toBe('good');
    expect(result.problems).toEqual([]);
  });

  it('uses a target given for this evaluation', () => {
    const result = scoreDepartmentEvaluation(
      { evaluators: [], actuals: { carryoverRate: 8 }, targets: { carryoverRate: '10' } },
      rules,
    );
    expect(result.items.find((i) => i.id === 'carryoverRate')!.score).toBe(10);
  });
});

describe('selfScoreGap', () => {
  it('measures self − finance per project and the mean and mean absolute gap per department', () => {
    const gaps = selfScoreGap(
      [
        { projectId: 'p1', departmentId: 'd1', selfScore: 95, financeScore: 82.5 },
        { projectId: 'p2', departmentId: 'd1', selfScore: 80, financeScore: 85 },
        { projectId: 'p3', departmentId: 'd2', selfScore: 90.1, financeScore: 90.1 },
      ],
      2,
    );
    expect(gaps.projects).toEqual([
      { projectId: 'p1', departmentId: 'd1', gap: 12.5, absoluteGap: 12.5 },
      { projectId: 'p2', departmentId: 'd1', gap: -5, absoluteGap: 5 },
      { projectId: 'p3', departmentId: 'd2', gap: 0, absoluteGap: 0 },
    ]);
    expect(gaps.departments).toEqual([
      { departmentId: 'd1', projects: 2, meanGap: 3.75, meanAbsoluteGap: 8.75 },
      { departmentId: 'd2', projects: 1, meanGap: 0, meanAbsoluteGap: 0 },
    ]);
  });
});

describe('an evaluation needs an evaluator (RULES.md §3)', () => {
  it('refuses an evaluation with no evaluators instead of a total of 0 graded 差', () => {
    const result = scoreEvaluation({ evaluators: [] }, rules);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'evaluation.noEvaluators', path: 'evaluators', severity: 'error' }),
    ]);
  });

  it('refuses a department evaluation whose judged items nobody scored, even with every measured actual', () => {
    const result = scoreDepartmentEvaluation(
      { evaluators: [], actuals: { executionRate: '95', carryoverRate: '3', threePublicChange: '-2', keyTaskCompletion: '100', satisfaction: '92' } },
      rules,
    );
    expect(result.problems.map((p) => p.code)).toEqual(['evaluation.noEvaluators']);
  });

  it('needs no evaluator when every item is measured', () => {
    const framework = {
      parts: [
        { id: 'output', label: { zh: '产出', en: 'Output' }, points: 60, items: [{ id: 'done', label: { zh: '办结率', en: 'Done' }, points: 60, measure: { operator: 'gte' as const, target: '100', unit: '%' } }] },
        { id: 'effect', label: { zh: '效果', en: 'Effect' }, points: 40, items: [{ id: 'sat', label: { zh: '满意度', en: 'Satisfaction' }, points: 40, measure: { operator: 'gte' as const, target: '90', unit: '%' } }] },
      ],
      resultParts: ['output', 'effect'],
    };
    const result = scoreEvaluation({ framework, evaluators: [], actuals: { done: '100', sat: '90' } }, rules);
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(100);
  });
});
