import { describe, expect, it } from 'vitest';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { RuleSet, defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';

describe('defaultRuleSet', () => {
  const rules = defaultRuleSet('nantong', 2025);

  it('holds the RULES.md defaults as data, version 1, for the region and year', () => {
    expect(rules).toMatchObject({ id: 'nantong-2025-default', regionId: 'nantong', year: 2025, version: 1 });
    expect(rules.selfEvaluation.points).toEqual({ output: 50, outcome: 30, satisfaction: 10, execution: 10 });
    expect(rules.selfEvaluation.reverseVariant).toBe('A');
    expect(rules.selfEvaluation.qualitativeTiers.map((t) => [t.label.zh, t.from, t.to])).toEqual([
      ['达成年度指标', 0.8, 1],
      ['部分达成并具有一定效果', 0.6, 0.8],
      ['未达成且效果较差', 0, 0.6],
    ]);
    expect(rules.selfEvaluation.rounding).toMatchObject({ scoreDecimals: 2, rateStage: 'exact' });
    expect(rules.selfEvaluation.gradeBands.map((b) => [b.from, b.value])).toEqual([
      [90, 'excellent'], [80, 'good'], [60, 'fair'], [0, 'poor'],
    ]);
    expect(rules.evaluation.minOutputOutcomeShare).toBe(0.6);
    expect(rules.evaluation.frameworks.project.parts.map((p) => p.label.zh)).toEqual(['决策', '过程', '产出', '效益']);
    expect(rules.evaluation.frameworks.department.parts.map((p) => p.label.zh)).toEqual(['投入', '过程', '产出', '效果']);
    expect(rules.linkage).toMatchObject({ executionThreshold: 0.8, idleYears: 2 });
    expect(rules.linkage.table.fair).toMatchObject({ action: 'cut', cutPercent: 10, rectification: true });
    expect(rules.linkage.table.poor).toMatchObject({ action: 'cutOrCancel', cutPercent: 50 });
    expect(rules.exAnte).toBeDefined();
    expect(rules.monitoring).toBeDefined();
    expect(rules.socialInsurance).toBeDefined();
  });

  it('round-trips through JSON (stored with every score it produced)', () => {
    expect(RuleSet.parse(JSON.parse(JSON.stringify(rules)))).toEqual(rules);
  });
});

describe('mergeRuleSet', () => {
  const base = defaultRuleSet('nantong', 2025);

  it('lays a deep partial over the base and keeps the rest', () => {
    const merged = mergeRuleSet(base, { version: 2, selfEvaluation: { reverseVariant: 'B', rounding: { rateStage: 'wholePercent' } } });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.ruleSet.version).toBe(2);
    expect(merged.ruleSet.selfEvaluation.reverseVariant).toBe('B');
    expect(merged.ruleSet.selfEvaluation.rounding).toEqual({ scoreDecimals: 2, rateStage: 'wholePercent', rateDecimals: 4 });
    expect(merged.ruleSet.selfEvaluation.points).toEqual(base.selfEvaluation.points);
    expect(base.selfEvaluation.reverseVariant).toBe('A');
  });

  it('replaces arrays whole (80/70/60 bands)', () => {
    const merged = mergeRuleSet(base, {
      selfEvaluation: { gradeBands: [{ from: 80, value: 'excellent' }, { from: 70, value: 'good' }, { from: 60, value: 'fair' }, { from: 0, value: 'poor' }] },
    });
    expect(merged.ok && merged.ruleSet.selfEvaluation.gradeBands.map((b) => b.from)).toEqual([80, 70, 60, 0]);
  });

  it('accepts the Hubei-style 20 + 40 + 40 split', () => {
    const merged = mergeRuleSet(base, { selfEvaluation: { points: { output: 40, outcome: 40, satisfaction: 0, execution: 20 } } });
    expect(merged.ok).toBe(true);
  });

  it('validates again and reports the path of what is wrong', () => {
    const merged = mergeRuleSet(base, { selfEvaluation: { points: { output: 60 } } });
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.problems[0]).toMatchObject({ code: 'ruleSet.invalid', path: 'selfEvaluation.points', severity: 'error' });
    expect(merged.problems[0]!.message_zh).toContain('规则设置无效');

    const bands = mergeRuleSet(base, { selfEvaluation: { gradeBands: [{ from: 60, value: 'fair' }, { from: 90, value: 'excellent' }] } });
    expect(bands.ok).toBe(false);
    const tiers = mergeRuleSet(base, {
      selfEvaluation: { qualitativeTiers: [{ id: 'achieved', label: { zh: '达成', en: 'Achieved' }, aliases: [], from: 0.5, to: 1 }] },
    });
    expect(tiers.ok).toBe(false);
    const framework = mergeRuleSet(base, { evaluation: { frameworks: { project: { resultParts: ['nothing'] } } } });
    expect(framework.ok).toBe(false);
  });
});
