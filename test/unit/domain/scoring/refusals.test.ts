import { describe, expect, it } from 'vitest';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';
import { scoreSelfEvaluation } from '../../../../domain/scoring/scoreSelfEvaluation';
import type { SelfEvaluationIndicatorInput, SelfEvaluationInput } from '../../../../domain/scoring/selfEvaluationInput';

const rules = defaultRuleSet('haimen', 2026);
const execution = { adjustedFen: 48_000_000, executedFen: 46_560_000 }; // 97% → 9.7 points

/** A 农村公路养护 self-evaluation: 2 output (25 each), 1 outcome (30), 1 satisfaction (10). */
const indicators = (): SelfEvaluationIndicatorInput[] => [
  { level1: 'output', name: '养护里程', operator: 'gte', target: '≥320公里', actual: '320公里' },
  { level1: 'output', name: '优良路率', operator: 'gte', target: '≥85%', actual: '81%' },
  { level1: 'outcome', name: '群众出行条件', operator: 'qualitative', target: '明显改善', actual: '达成年度指标', score: 27 },
  { level1: 'satisfaction', name: '沿线群众满意度', operator: 'gte', target: '≥90%', actual: '93%' },
];
const form = (list = indicators()): SelfEvaluationInput => ({ indicators: list, execution, cells: { 'indicators.1.actual': 'E15', 'indicators.1.target': 'D15' } });

describe('RULES.md §2 refusals: numbers a finance bureau can sign', () => {
  it('scores the form when every applicable indicator is scored (25 + 23.82 + 27 + 10 + 9.7 = 95.52)', () => {
    const result = scoreSelfEvaluation(form(), rules);
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(95.52);
    expect(result.grade).toBe('excellent');
  });

  it('all indicators not applicable is an error, never 100 优', () => {
    const list = indicators().map((i) => ({ ...i, applicable: false, notApplicableReason: '项目暂停实施' }));
    const result = scoreSelfEvaluation(form(list), rules);
    expect(result.problems.map((p) => p.code)).toContain('selfEvaluation.nothingApplicable');
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
  });

  it('no total and no grade while an applicable indicator cannot be scored; the problem names the cell', () => {
    const list = indicators();
    list[1] = { ...list[1]!, actual: '' };
    const result = scoreSelfEvaluation(form(list), rules);
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
    expect(result.problems).toEqual([expect.objectContaining({ code: 'selfEvaluation.actualMissing', cell: 'E15', severity: 'error' })]);
    // The other indicators are still scored and shown.
    expect(result.indicators.map((i) => i.score)).toEqual([25, null, 27, 10]);
  });

  it('a target with no operator and no bare-number default stops the total (the calculator case)', () => {
    const strict = mergeRuleSet(rules, { selfEvaluation: { bareNumberOperator: { cost: null, other: null } } });
    if (!strict.ok) throw new Error('rule set');
    const list = indicators();
    list[1] = { level1: 'output', name: '优良路率', target: '85%', actual: '81%' };
    const result = scoreSelfEvaluation(form(list), strict.ruleSet);
    expect(result.problems.map((p) => p.code)).toEqual(['selfEvaluation.operatorMissing']);
    expect(result.total).toBeNull();
  });

  it('an indicator marked not applicable needs a reason, so a weak one cannot quietly leave the total', () => {
    const list = indicators();
    list[1] = { ...list[1]!, applicable: false };
    const withoutReason = scoreSelfEvaluation({ ...form(list), cells: { 'indicators.1.notApplicableReason': 'H15' } }, rules);
    expect(withoutReason.problems).toEqual([
      expect.objectContaining({ code: 'selfEvaluation.notApplicableReasonMissing', cell: 'H15', severity: 'error' }),
    ]);
    expect(withoutReason.total).toBeNull();
    list[1] = { ...list[1]!, notApplicableReason: '   ' };
    expect(scoreSelfEvaluation(form(list), rules).total).toBeNull();
    list[1] = { ...list[1]!, notApplicableReason: '上级调整考核口径，本年度不再统计优良路率' };
    const withReason = scoreSelfEvaluation(form(list), rules);
    expect(withReason.problems).toEqual([]);
    // (25 + 27 + 10 + 9.7) × 100 / 75 = 95.6
    expect(withReason.total).toBe(95.6);
  });
});

describe('RULES.md §1 units: never scored silently in the wrong unit', () => {
  it('900000元 against a target in 万元 converts: 90万元 of 100万元 scores 90%', () => {
    const list = indicators();
    list[0] = { level1: 'output', name: '补助资金发放', operator: 'gte', target: '≥100万元', actual: '900000元' };
    const result = scoreSelfEvaluation(form(list), rules);
    expect(result.indicators[0]!.score).toBe(22.5); // 25 × 90/100, not 25 × 900000/100 capped nor 25 × 0.9/100
    expect(result.problems).toEqual([]);
  });

  it('"0.96" against "≥95%" is an error asking which was meant, on the actual cell', () => {
    const list = indicators();
    list[1] = { ...list[1]!, actual: '0.96' };
    const result = scoreSelfEvaluation(form(list), rules);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'selfEvaluation.rateAmbiguous', cell: 'E15', severity: 'error' })]);
    expect(result.problems[0]!.message_zh).toContain('0.96% 还是 96%');
    expect(result.total).toBeNull();
  });

  it('a unit given in its own column is the target unit: "50" in 个 against "48个"', () => {
    const list = indicators();
    list[0] = { level1: 'output', name: '维修桥涵', operator: 'gte', target: '50', unit: '座', actual: '48座' };
    expect(scoreSelfEvaluation(form(list), rules).indicators[0]!.score).toBe(24);
    list[0] = { ...list[0], actual: '48个' };
    expect(scoreSelfEvaluation(form(list), rules).problems.map((p) => p.code)).toEqual(['selfEvaluation.unitMismatch']);
  });
});

describe('RULES.md §1 real tables: bare numbers, operator words, unmarked 定性', () => {
  // A 自评表 as published: operators as words or missing, 定性 indicators not marked.
  const published = (): SelfEvaluationIndicatorInput[] => [
    { level1: 'output', level2: 'quantity', name: '新建村级卫生室', target: '不少于12个', actual: '12个' },
    { level1: 'output', level2: 'quality', name: '验收合格率', target: '100%', actual: '100%' },
    { level1: 'output', level2: 'cost', name: '单个卫生室建设成本', target: '35万元', actual: '36.4万元' },
    { level1: 'outcome', level2: 'social', name: '群众就医便利程度', target: '明显提高', actual: '达成年度指标', score: 28 },
    { level1: 'satisfaction', level2: 'satisfaction', name: '村民满意度', target: '达到90%', actual: '94%' },
  ];

  it('reads 不少于/达到 as ≥, a bare number as ≥ (≤ for 成本) with a warning, and a text target as 定性', () => {
    const result = scoreSelfEvaluation({ indicators: published(), execution }, rules);
    expect(result.indicators.map((i) => i.points)).toEqual([16.67, 16.67, 16.66, 30, 10]);
    // 成本 read as ≤35万元: 16.66 × 35/36.4 = 16.0192… → 16.02; the rest full marks.
    expect(result.indicators.map((i) => i.score)).toEqual([16.67, 16.67, 16.02, 28, 10]);
    expect(result.problems.map((p) => [p.code, p.path, p.severity])).toEqual([
      ['selfEvaluation.operatorAssumed', 'indicators.1.target', 'warning'],
      ['selfEvaluation.operatorAssumed', 'indicators.2.target', 'warning'],
      ['selfEvaluation.readAsQualitative', 'indicators.3.target', 'warning'],
    ]);
    expect(result.problems[1]!.message_zh).toContain('≤35万元');
    // 16.67 + 16.67 + 16.02 + 28 + 10 + 9.7 = 97.06
    expect(result.total).toBe(97.06);
  });

  it('the bare-number operator is rule-set data', () => {
    const reversed = mergeRuleSet(rules, { selfEvaluation: { bareNumberOperator: { cost: 'gte', other: 'gte' } } });
    if (!reversed.ok) throw new Error('rule set');
    // 成本 read as ≥35万元: 36.4 meets it, full marks.
    expect(scoreSelfEvaluation({ indicators: published(), execution }, reversed.ruleSet).indicators[2]!.score).toBe(16.66);
  });

  it('a marked ≥ with a text target is still 定性 (the filer picks the score in the tier)', () => {
    const list = published();
    list[3] = { ...list[3]!, operator: 'gte' };
    const result = scoreSelfEvaluation({ indicators: list, execution }, rules);
    expect(result.indicators[3]).toMatchObject({ score: 28, tier: 'achieved' });
  });
});
