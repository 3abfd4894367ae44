import { describe, expect, it } from 'vitest';
import { recommendDepartment } from '../../../../domain/linkage/recommendDepartment';
import { recommendProject } from '../../../../domain/linkage/recommendProject';
import { transferPaymentFactor } from '../../../../domain/linkage/transferPaymentFactor';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';

const rules = defaultRuleSet('nantong', 2025);
const million = 100_000_000; // 100万元 in fen

describe('recommendProject', () => {
  it('优 with full execution: priority, no cut', () => {
    const result = recommendProject({ projectId: 'p1', grade: 'excellent', adjustedFen: million, executedFen: million }, rules);
    expect(result.recommendations).toEqual([expect.objectContaining({ action: 'priority', rule: 'linkage.table.excellent' })]);
    expect(result).toMatchObject({ cutFen: 0, nextYearBaseFen: million, recoverFen: 0 });
  });

  it('良: keep', () => {
    const result = recommendProject({ projectId: 'p1', grade: 'good', adjustedFen: million, executedFen: 0.9 * million }, rules);
    expect(result.recommendations.map((r) => r.action)).toEqual(['keep']);
  });

  it('中: −10% and rectification, with reasons in Chinese and English', () => {
    const result = recommendProject({ projectId: 'p1', grade: 'fair', adjustedFen: million, executedFen: 0.9 * million }, rules);
    expect(result.recommendations).toEqual([
      expect.objectContaining({ action: 'cut', percent: 10, amountFen: 10_000_000, rule: 'linkage.table.fair' }),
      expect.objectContaining({ action: 'rectify', rule: 'linkage.table.fair' }),
    ]);
    expect(result.recommendations[0]!.reason_zh).toBe('评价等级为“中”，下年度预算压减10%（10.00万元）');
    expect(result.recommendations[0]!.reason_en).toContain('cut next year');
    expect(result).toMatchObject({ cutFen: 10_000_000, nextYearBaseFen: 90_000_000 });
  });

  it('差: −50% or cancel, rectification, no new project of the same kind', () => {
    const result = recommendProject({ projectId: 'p1', grade: 'poor', adjustedFen: million, executedFen: million }, rules);
    expect(result.recommendations.map((r) => [r.action, r.rule])).toEqual([
      ['cutOrCancel', 'linkage.table.poor'],
      ['rectify', 'linkage.table.poor'],
      ['noNewOfSameKind', 'linkage.table.poor'],
    ]);
    expect(result.recommendations[0]!.reason_zh).toContain('或取消');
    expect(result.cutFen).toBe(50_000_000);
  });

  it('execution below 80% cuts by the unspent share; the larger cut applies, cuts do not stack', () => {
    const result = recommendProject({ projectId: 'p1', grade: 'fair', adjustedFen: million, executedFen: 70_000_000 }, rules);
    expect(result.recommendations).toContainEqual(
      expect.objectContaining({ action: 'cutUnspent', percent: 30, amountFen: 30_000_000, rule: 'linkage.executionThreshold' }),
    );
    expect(result).toMatchObject({ cutFen: 30_000_000, nextYearBaseFen: 70_000_000 });
  });

  it('execution exactly at 80% is not cut', () => {
    const result = recommendProject({ projectId: 'p1', grade: 'good', adjustedFen: million, executedFen: 80_000_000 }, rules);
    expect(result.recommendations.map((r) => r.action)).toEqual(['keep']);
  });

  it('the published 154.74 / 310.2 case: 49.88% executed → cut by the unspent 50.12%', () => {
    const result = recommendProject({ projectId: 'p1', grade: 'good', adjustedFen: 310_200_000, executedFen: 154_740_000 }, rules);
    const cut = result.recommendations.find((r) => r.action === 'cutUnspent')!;
    expect(cut).toMatchObject({ percent: 50.12, amountFen: 155_460_000 });
    expect(cut.reason_zh).toContain('预算执行率49.88%低于80%');
    expect(result.nextYearBaseFen).toBe(154_740_000);
  });

  it('recovers money idle for two years, not one', () => {
    const two = recommendProject(
      { projectId: 'p1', grade: 'good', adjustedFen: million, executedFen: million, idleFunds: { amountFen: 1_234_567, years: 2 } },
      rules,
    );
    expect(two.recommendations).toContainEqual(expect.objectContaining({ action: 'recoverIdle', amountFen: 1_234_567, rule: 'linkage.idleYears' }));
    expect(two.recoverFen).toBe(1_234_567);
    const one = recommendProject(
      { projectId: 'p1', grade: 'good', adjustedFen: million, executedFen: million, idleFunds: { amountFen: 1_234_567, years: 1 } },
      rules,
    );
    expect(one.recoverFen).toBe(0);
  });

  it('follows a replaced table', () => {
    const merged = mergeRuleSet(rules, { linkage: { table: { fair: { action: 'cut', cutPercent: 20, rectification: false, noNewOfSameKind: false } } } });
    if (!merged.ok) throw new Error('invalid');
    const result = recommendProject({ projectId: 'p1', grade: 'fair', adjustedFen: 333, executedFen: 333 }, merged.ruleSet);
    expect(result.recommendations).toEqual([expect.objectContaining({ action: 'cut', percent: 20, amountFen: 67 })]); // 66.6 fen → 67
  });
});

describe('recommendDepartment', () => {
  it('sums its projects and applies the table to the department grade', () => {
    const projects = [
      recommendProject({ projectId: 'p1', grade: 'fair', adjustedFen: million, executedFen: 70_000_000 }, rules),
      recommendProject({ projectId: 'p2', grade: 'excellent', adjustedFen: million, executedFen: million, idleFunds: { amountFen: 500, years: 3 } }, rules),
    ];
    const result = recommendDepartment('d1', 'fair', projects, rules);
    expect(result).toMatchObject({
      departmentId: 'd1',
      projects: 2,
      actions: { cut: 1, rectify: 1, cutUnspent: 1, priority: 1, recoverIdle: 1 },
      cutFen: 30_000_000,
      recoverFen: 500,
      nextYearBaseFen: 170_000_000,
    });
    expect(result.recommendation).toMatchObject({ action: 'cut', percent: 10, rule: 'linkage.table.fair' });
    expect(recommendDepartment('d1', undefined, projects, rules).recommendation).toBeUndefined();
  });
});

describe('transferPaymentFactor', () => {
  it('is linear around the baseline and kept within its range', () => {
    expect([100, 92, 80, 70, 60, 50].map((s) => transferPaymentFactor(s, rules).factor)).toEqual([1.1, 1.06, 1, 0.95, 0.9, 0.9]);
    expect(transferPaymentFactor(92, rules).reason_zh).toBe('综合绩效评价得分 92，系数 = 1 + 0.005 ×（92 − 80） = 1.0600');
    expect(transferPaymentFactor(50, rules).reason_zh).toContain('限定在 0.9～1.1 之间');
    expect(transferPaymentFactor(50, rules).rule).toBe('linkage.transferFactor');
  });
});
