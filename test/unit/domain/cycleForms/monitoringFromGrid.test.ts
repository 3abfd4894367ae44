import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monitoringFromGrid } from '../../../../domain/forms/monitoring/monitoringFromGrid';
import type { MonitoringSheet } from '../../../../domain/forms/monitoring/monitoringSheet';
import { monitoringToGrid } from '../../../../domain/forms/monitoring/monitoringToGrid';
import { parseAddress } from '../../../../domain/grid/address';
import type { CellValue } from '../../../../domain/grid/grid';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';

const sheet = (overrides: Partial<MonitoringSheet> = {}): MonitoringSheet => ({
  projectId: 'p1',
  year: 2026,
  period: 'm07',
  through: '2026-07-31',
  projectName: '家庭经济困难学生资助',
  departmentName: '南通市教育局',
  budgetFen: 3_560_123_456,
  executedFen: 2_400_000_000,
  execution: {},
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人数', operator: 'gte', target: '12000', unit: '人次', basis: 'plan', actual: '7000', expectedFullYear: '12000' },
    { level1: 'outcome', level2: 'social', name: '政策知晓度', operator: 'qualitative', target: '显著提高', unit: '', actual: 'achieved', expectedFullYear: 'achieved' },
  ],
  financeActions: [{ action: 'continue', reason: '进度正常', at: '2026-08-05T02:00:00.000Z', by: 'reviewer-city', byName: '王审核', role: 'financeReviewer' }],
  ...overrides,
});

/** A copy of the grid's values with the cells at the given A1 addresses changed, as a filer would. */
const edit = (values: CellValue[][], changes: Record<string, CellValue>): CellValue[][] => {
  const copy = values.map((row) => [...row]);
  for (const [address, value] of Object.entries(changes)) {
    const { row0, col0 } = parseAddress(address)!;
    while (copy.length <= row0) copy.push(new Array<CellValue>(copy[0]!.length).fill(null));
    copy[row0]![col0] = value;
  }
  return copy;
};

const ruleSet = defaultRuleSet('nantong', 2026);

describe('monitoringFromGrid', () => {
  it('reads back what monitoringToGrid wrote', () => {
    const stored = sheet();
    expect(monitoringFromGrid(monitoringToGrid(stored).values, stored)).toEqual({ data: stored, problems: [] });
    const explained = sheet({
      execution: { deviationReason: 'other', deviationNote: '招标延期', likelihood: 'possible', correctiveAction: '9 月集中支付' },
      remarks: '无',
      indicators: [{ ...sheet().indicators[0]!, deviationReason: 'staffing', likelihood: 'certain', correctiveAction: '增派人员' }, sheet().indicators[1]!],
    });
    expect(monitoringFromGrid(monitoringToGrid(explained).values, explained)).toEqual({ data: explained, problems: [] });
  });

  it('reads any amount in 万元 back to the same fen (no float on the way)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000 }), fc.integer({ min: 0, max: 9_000_000_000_000 }), (budgetFen, executedFen) => {
        const stored = sheet({ budgetFen, executedFen });
        const { data } = monitoringFromGrid(monitoringToGrid(stored).values, stored);
        return data?.budgetFen === budgetFen && data.executedFen === executedFen;
      }),
    );
  });

  it('takes locked cells from the stored sheet and drops stale signals', () => {
    const stored = sheet({
      signals: {
        timeProgress: { elapsed: 7, total: 12, value: 7 / 12 },
        executionRate: 0.67,
        execution: 'green',
        indicators: [{ ratio: 1, signal: 'green' }, { ratio: null, signal: 'green' }],
        project: 'green',
        ruleSetId: 'nantong-2026-default',
        ruleSetVersion: 1,
      },
    });
    const values = edit(monitoringToGrid(stored).values, { C3: '别的项目', C12: '改过的指标', E12: '1', I12: '绿色', E5: 2500, G12: 8000 });
    const { data, problems } = monitoringFromGrid(values, stored);
    expect(problems).toEqual([]);
    expect(data?.projectName).toBe('家庭经济困难学生资助');
    expect(data?.indicators[0]).toMatchObject({ name: '资助人数', target: '12000', basis: 'plan', actual: '8000' });
    expect(data?.executedFen).toBe(2_500_000_000);
    expect(data?.financeActions).toEqual(stored.financeActions);
    expect(data?.signals).toBeUndefined();
  });

  it('reads drop-downs in zh, en or by id, and statuses as ids', () => {
    const stored = sheet();
    const values = edit(monitoringToGrid(stored).values, { C6: 'Staffing', E6: '有可能', G13: '部分达成', H13: ' partial ', J12: 'funding' });
    const { data } = monitoringFromGrid(values, stored);
    expect(data?.execution).toEqual({ deviationReason: 'staffing', likelihood: 'possible' });
    expect(data?.indicators[1]).toMatchObject({ actual: 'partial', expectedFullYear: 'partial' });
    expect(data?.indicators[0]?.deviationReason).toBe('funding');
  });

  it('names the cell of every value it cannot read', () => {
    const stored = sheet();
    const values = edit(monitoringToGrid(stored).values, { C5: null, E5: '一千', C6: '天气', L13: '也许' });
    const { data, problems } = monitoringFromGrid(values, stored);
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.code, p.cell, p.path])).toEqual([
      ['monitoring.amountMissing', 'C5', 'budgetFen'],
      [expect.stringMatching(/^money\./), 'E5', 'executedFen'],
      ['monitoring.choiceUnknown', 'C6', 'execution.deviationReason'],
      ['monitoring.choiceUnknown', 'L13', 'indicators.1.likelihood'],
    ]);
    for (const p of problems) expect(p.message_zh.length).toBeGreaterThan(0);
  });

  it('ignores rows added under the indicators, with a warning at the first one', () => {
    const stored = sheet();
    const values = edit(monitoringToGrid(stored).values, { C15: '新增指标' });
    const { data, problems } = monitoringFromGrid(values, stored);
    expect(data?.indicators).toHaveLength(2);
    expect(problems).toEqual([expect.objectContaining({ code: 'monitoring.extraRow', cell: 'C15', severity: 'warning' })]);
  });

  it('refuses text over the limit at its cell', () => {
    const stored = sheet();
    const { problems } = monitoringFromGrid(edit(monitoringToGrid(stored).values, { M12: '措'.repeat(1001) }), stored);
    expect(problems).toEqual([expect.objectContaining({ code: 'monitoring.cellInvalid', cell: 'M12', path: 'indicators.0.correctiveAction' })]);
  });

  describe('with the rule set', () => {
    it('computes the signals, and puts a non-green signal without its reason at the reason cells', () => {
      // 1,000 万元 of 3,560 by July: 28% against 7/12 elapsed → v ≈ 0.48, red; 7000 of 12000 is on track.
      const stored = sheet({ executedFen: 1_000_000_000 });
      const { data, problems } = monitoringFromGrid(monitoringToGrid(stored).values, stored, ruleSet);
      expect(data?.signals).toMatchObject({ execution: 'red', project: 'red', ruleSetId: ruleSet.id, ruleSetVersion: ruleSet.version });
      expect(data?.signals?.indicators.map((s) => s.signal)).toEqual(['green', 'green']);
      expect(problems.map((p) => [p.code, p.path, p.cell])).toEqual([
        ['monitoring.reasonRequired', 'execution.deviationReason', 'C6'],
        ['monitoring.reasonRequired', 'execution.likelihood', 'E6'],
        ['monitoring.reasonRequired', 'execution.correctiveAction', 'C7'],
      ]);
    });

    it('has no problem once the reasons are written on the sheet', () => {
      const stored = sheet({ executedFen: 1_000_000_000 });
      const values = edit(monitoringToGrid(stored).values, { C6: '硬件条件保障', E6: '有可能', C7: '施工单位已进场' });
      const { data, problems } = monitoringFromGrid(values, stored, ruleSet);
      expect(problems).toEqual([]);
      expect(data?.execution).toEqual({ deviationReason: 'facilities', likelihood: 'possible', correctiveAction: '施工单位已进场' });
    });

    it('flags a missing actual of a draft at its cell, without signals', () => {
      const stored = sheet();
      const { data, problems } = monitoringFromGrid(edit(monitoringToGrid(stored).values, { G12: null }), stored, ruleSet);
      expect(data?.signals).toBeUndefined();
      expect(data?.indicators[0]?.actual).toBeUndefined();
      expect(problems.map((p) => [p.code, p.cell])).toEqual([['monitoring.valueMissing', 'G12']]);
    });
  });
});
