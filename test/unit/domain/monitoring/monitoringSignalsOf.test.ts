import { describe, expect, it } from 'vitest';
import type { MonitoringSheet } from '../../../../domain/forms/monitoring/monitoringSheet';
import { monitoringSignalsOf } from '../../../../domain/forms/monitoring/monitoringSignalsOf';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';

// The part of monitoringService that decides what a save stores and what a submit refuses.
const ruleSet = { ...defaultRuleSet('nantong', 2026), version: 3 };

const sheet = (overrides: Partial<MonitoringSheet> = {}): MonitoringSheet => ({
  projectId: 'p1',
  year: 2026,
  period: 'm07',
  through: '2026-07-31',
  projectName: '家庭经济困难学生资助',
  departmentName: '南通市教育局',
  budgetFen: 1_200_000_000,
  executedFen: 700_000_000,
  execution: {},
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人数', operator: 'gte', target: '12000', unit: '人次', actual: '7000', expectedFullYear: '12000' },
    { level1: 'outcome', level2: 'social', name: '政策知晓度', operator: 'qualitative', target: '显著提高', unit: '', actual: 'achieved', expectedFullYear: 'achieved' },
  ],
  financeActions: [],
  ...overrides,
});

describe('monitoringSignalsOf', () => {
  it('stamps the signals with the rule set and finds nothing to explain on a green report', () => {
    // 700 of 1,200 万元 by the end of July: 58.3% against 7/12 elapsed, v = 1.0 → green.
    const { signals, problems } = monitoringSignalsOf(sheet(), ruleSet);
    expect(signals).toMatchObject({ execution: 'green', project: 'green', ruleSetId: 'nantong-2026-default', ruleSetVersion: 3, timeProgress: { elapsed: 7, total: 12 } });
    expect(signals?.executionRate).toBeCloseTo(7 / 12, 10);
    expect(problems).toEqual([]);
  });

  it('asks for reason, likelihood and measure of each non-green signal, at its cell', () => {
    const { signals, problems } = monitoringSignalsOf(
      sheet({ executedFen: 200_000_000, indicators: [sheet().indicators[0]!, { ...sheet().indicators[1]!, actual: 'notAchieved', deviationReason: 'other' }] }),
      ruleSet,
    );
    expect(signals?.indicators.map((s) => s.signal)).toEqual(['green', 'red']);
    expect(signals?.project).toBe('red');
    expect(problems.map((p) => [p.code, p.path, p.cell, p.severity])).toEqual([
      ['monitoring.reasonRequired', 'execution.deviationReason', 'C6', 'error'],
      ['monitoring.reasonRequired', 'execution.likelihood', 'E6', 'error'],
      ['monitoring.reasonRequired', 'execution.correctiveAction', 'C7', 'error'],
      ['monitoring.reasonRequired', 'indicators.1.likelihood', 'L13', 'error'],
      ['monitoring.reasonRequired', 'indicators.1.correctiveAction', 'M13', 'error'],
      ['monitoring.reasonRequired', 'indicators.1.deviationNote', 'K13', 'error'],
    ]);
  });

  it('gives no signals for a draft with a value missing, and names the cell', () => {
    const { signals, problems } = monitoringSignalsOf(sheet({ indicators: [{ ...sheet().indicators[0]!, actual: undefined }, sheet().indicators[1]!] }), ruleSet);
    expect(signals).toBeUndefined();
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['monitoring.valueMissing', 'G12']]);
  });

  it('keeps a warning (executed above budget) apart from the errors', () => {
    const { problems } = monitoringSignalsOf(sheet({ executedFen: 1_300_000_000 }), ruleSet);
    expect(problems.filter((p) => p.severity === 'warning').map((p) => [p.code, p.cell])).toEqual([['monitoring.executionOverBudget', 'E5']]);
  });
});
