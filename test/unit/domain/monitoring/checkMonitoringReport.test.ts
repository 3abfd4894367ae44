import { describe, expect, it } from 'vitest';
import { checkMonitoringReport } from '../../../../domain/monitoring/checkMonitoringReport';
import { MonitoringReport } from '../../../../domain/monitoring/monitoringReport';
import { financeActionLabels, FinanceAction } from '../../../../domain/monitoring/financeAction';
import { defaultMonitoringRules as rules } from '../../../../domain/ruleSet/monitoringRules';

const explained = { deviationReason: 'staffing', likelihood: 'possible', correctiveAction: '增配专职人员，9月底前补齐进度' } as const;

/** Through 31 July: time progress 7/12. Execution 35% of 1,000,000 fen → v = 0.6, yellow. */
const report = (overrides: Record<string, unknown> = {}) =>
  MonitoringReport.parse({
    projectId: 'p-001',
    year: 2025,
    period: { through: '2025-07-31' },
    budgetFen: 1_000_000,
    executedFen: 350_000,
    indicators: [
      { name: '培训人次', operator: 'gte', target: '1200', unit: '人次', actual: '700', expectedFullYear: '1200' }, // v = 1, green
      { name: '人均成本', operator: 'lte', target: '500', unit: '元', actual: '480', expectedFullYear: '495' }, // green
      { name: '结业率', operator: 'gte', target: '90', unit: '%', actual: '30', expectedFullYear: '85' }, // v ≈ 0.57, red
      { name: '培训质量', operator: 'qualitative', target: '明显提升', unit: '', status: 'achieved', expectedFullYear: 'achieved' },
    ],
    ...overrides,
  });

describe('checkMonitoringReport (RULES.md §5)', () => {
  it('reads every signal and the project as the worst of them', () => {
    const result = checkMonitoringReport(report(), rules);
    expect(result.timeProgress).toMatchObject({ elapsed: 7, total: 12 });
    expect(result.execution).toEqual({ executionRate: 0.35, ratio: 0.6, signal: 'yellow' });
    expect(result.indicators.map((s) => s.signal)).toEqual(['green', 'green', 'red', 'green']);
    expect(result.project).toBe('red');
  });

  it('refuses a non-green signal without reason, likelihood and measure, at its path', () => {
    const { problems } = checkMonitoringReport(report(), rules);
    expect(problems.every((p) => p.code === 'monitoring.reasonRequired' && p.severity === 'error')).toBe(true);
    expect(problems.map((p) => p.path)).toEqual([
      'execution.deviationReason',
      'execution.likelihood',
      'execution.correctiveAction',
      'indicators.2.deviationReason',
      'indicators.2.likelihood',
      'indicators.2.correctiveAction',
    ]);
    expect(problems[3]!.message_zh).toContain('结业率');
    expect(problems[3]!.message_zh).toContain('红色预警');
  });

  it('accepts the report once every non-green signal is explained', () => {
    const base = report();
    const fixed = report({
      execution: explained,
      indicators: base.indicators.map((ind, i) => (i === 2 ? { ...ind, ...explained } : ind)),
    });
    expect(checkMonitoringReport(fixed, rules).problems).toEqual([]);
  });

  it('asks for a note when the reason is 其他', () => {
    const { problems } = checkMonitoringReport(report({ execution: { ...explained, deviationReason: 'other' } }), rules);
    expect(problems.filter((p) => p.path?.startsWith('execution.'))).toEqual([
      expect.objectContaining({ code: 'monitoring.reasonRequired', path: 'execution.deviationNote' }),
    ]);
  });

  it('asks blue indicators for an explanation too (the target was likely too low)', () => {
    const { problems, indicators } = checkMonitoringReport(
      report({ executedFen: 600_000, indicators: [{ name: '培训人次', operator: 'gte', target: '1200', unit: '人次', actual: '900', expectedFullYear: '1500' }] }),
      rules,
    );
    expect(indicators[0]!.signal).toBe('blue');
    expect(problems.map((p) => p.path)).toEqual(['indicators.0.deviationReason', 'indicators.0.likelihood', 'indicators.0.correctiveAction']);
  });

  it('warns, without refusing, when more than the full-year budget is executed', () => {
    const { problems, execution } = checkMonitoringReport(report({ executedFen: 1_000_001, indicators: [] }), rules);
    expect(execution.signal).toBe('green');
    expect(problems).toEqual([expect.objectContaining({ code: 'monitoring.executionOverBudget', severity: 'warning', path: 'executedFen' })]);
  });
});

describe('MonitoringReport schema', () => {
  it('refuses a period outside the budget year, a float-looking amount and a non-decimal indicator value', () => {
    expect(() => report({ period: { through: '2026-01-31' } })).toThrow();
    expect(() => report({ executedFen: 350_000.5 })).toThrow();
    expect(() => report({ indicators: [{ name: 'x', operator: 'gte', target: '≥50', unit: '个', actual: '1', expectedFullYear: '1' }] })).toThrow();
  });

  it('labels the finance actions zh first', () => {
    expect(FinanceAction.options).toEqual(['continue', 'adjust', 'suspendFunding', 'stopFunding']);
    expect(financeActionLabels.suspendFunding).toEqual({ zh: '暂缓拨款', en: 'Suspend funding' });
    expect(report({ financeAction: 'stopFunding' }).financeAction).toBe('stopFunding');
  });
});
