import { describe, expect, it } from 'vitest';
import { monitoringCell } from '../../../../domain/forms/monitoring/monitoringCell';
import { monitoringColumns } from '../../../../domain/forms/monitoring/monitoringForm';
import { monitoringPeriod, monitoringSubmissionId, periodOfMonitoringId, periodThrough } from '../../../../domain/forms/monitoring/monitoringPeriod';
import { monitoringReportOf } from '../../../../domain/forms/monitoring/monitoringReportOf';
import type { MonitoringSheet } from '../../../../domain/forms/monitoring/monitoringSheet';
import { monitoringToGrid } from '../../../../domain/forms/monitoring/monitoringToGrid';
import { parseAddress } from '../../../../domain/grid/address';
import type { Grid } from '../../../../domain/grid/grid';
import { checkMonitoringReport } from '../../../../domain/monitoring/checkMonitoringReport';
import { defaultMonitoringRules } from '../../../../domain/ruleSet/monitoringRules';

const sheet = (overrides: Partial<MonitoringSheet> = {}): MonitoringSheet => ({
  projectId: 'p1',
  year: 2026,
  period: 'm07',
  through: '2026-07-31',
  projectName: '家庭经济困难学生资助',
  departmentName: '南通市教育局',
  budgetFen: 3_560_000_000,
  executedFen: 1_246_000_000,
  execution: {},
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人数', operator: 'gte', target: '12000', unit: '人次', actual: '3000', expectedFullYear: '12000' },
    { level1: 'outcome', level2: 'social', name: '政策知晓度', operator: 'qualitative', target: '显著提高', unit: '', actual: '部分达成', expectedFullYear: 'achieved' },
  ],
  financeActions: [],
  ...overrides,
});

const at = (grid: Grid, address: string) => {
  const position = parseAddress(address)!;
  return grid.values[position.row0]![position.col0];
};

describe('monitoring periods', () => {
  it('ends a period on the last day of its month, leap years included', () => {
    expect(periodThrough(2026, 'm07')).toBe('2026-07-31');
    expect(periodThrough(2028, 'm02')).toBe('2028-02-29');
    expect(periodThrough(2026, 'm02')).toBe('2026-02-28');
    expect(monitoringPeriod(9)).toBe('m09');
  });

  it('puts the period in the id as a fourth part, and reads it back', () => {
    const id = monitoringSubmissionId(2026, 'nt-edu-2026-student-aid', 'm07');
    expect(id).toBe('monitoring.2026.nt-edu-2026-student-aid.m07');
    expect(periodOfMonitoringId(id)).toBe('m07');
    expect(periodOfMonitoringId('monitoring.2026.p1.m13')).toBeUndefined();
    expect(periodOfMonitoringId('monitoring.2026.p1')).toBeUndefined();
  });
});

describe('绩效运行监控表 layout', () => {
  it('writes the header, amounts in 万元 and one locked target row per indicator', () => {
    const grid = monitoringToGrid(sheet());
    expect(grid.sheetName).toBe('绩效运行监控表');
    expect(at(grid, 'C3')).toBe('家庭经济困难学生资助');
    expect(at(grid, 'C5')).toBe(3560);
    expect(at(grid, 'E5')).toBe(1246);
    expect(at(grid, 'G4')).toBe('2026-01-01 — 2026-07-31');
    expect([at(grid, 'C12'), at(grid, 'D12'), at(grid, 'E12'), at(grid, 'G12')]).toEqual(['资助人数', '≥', '12000', '3000']);
    // A qualitative status shows as its label, however it was written.
    expect([at(grid, 'G13'), at(grid, 'H13')]).toEqual(['部分达成', '达成']);
    expect(grid.values).toHaveLength(13);
    for (const row of grid.values) expect(row).toHaveLength(monitoringColumns.length);
  });

  it('makes only the department’s fields inputs, with drop-downs for reasons and likelihoods', () => {
    const grid = monitoringToGrid(sheet());
    const inputs = grid.inputs.map((r) => r.range);
    expect(inputs).toEqual(expect.arrayContaining(['C5', 'E5', 'C6', 'E6', 'C7:M7', 'G12:G13', 'J12:J13', 'M12:M13']));
    expect(inputs).not.toContain('E12:E13');
    expect(inputs).not.toContain('I12:I13');
    expect(grid.validations).toContainEqual({ range: 'J12:J13', list: 'deviationReason' });
    expect(grid.validations).toContainEqual({ range: 'L12:L13', list: 'likelihood' });
    expect(grid.lists['deviationReason']).toEqual(['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他']);
  });

  it('shows the signals the server computed', () => {
    const grid = monitoringToGrid(
      sheet({
        signals: {
          timeProgress: { elapsed: 7, total: 12, value: 7 / 12 },
          executionRate: 0.35,
          execution: 'yellow',
          indicators: [{ ratio: 0.43, signal: 'red' }, { ratio: null, signal: 'yellow' }],
          project: 'red',
          ruleSetId: 'r',
          ruleSetVersion: 1,
        },
      }),
    );
    expect([at(grid, 'G5'), at(grid, 'K5'), at(grid, 'I12'), at(grid, 'I13')]).toEqual([0.35, '黄色预警', '红色预警', '黄色预警']);
  });
});

describe('monitoringReportOf and monitoringCell', () => {
  it('turns a filled sheet into the domain report, statuses read from labels', () => {
    const { report, problems } = monitoringReportOf(sheet());
    expect(problems).toEqual([]);
    expect(report?.indicators[1]).toMatchObject({ operator: 'qualitative', status: 'partial', expectedFullYear: 'achieved' });
    expect(report?.period.through).toBe('2026-07-31');
  });

  it('names the cell of each missing or unreadable value', () => {
    const data = sheet();
    const { report, problems } = monitoringReportOf({
      ...data,
      indicators: [{ ...data.indicators[0]!, actual: '三千', expectedFullYear: undefined }, { ...data.indicators[1]!, actual: '差不多' }],
    });
    expect(report).toBeUndefined();
    expect(problems.map((p) => [p.code, monitoringCell(p.path!)])).toEqual([
      ['monitoring.valueMissing', 'H12'],
      ['monitoring.notNumber', 'G12'],
      ['monitoring.notStatus', 'G13'],
    ]);
  });

  it('maps every explanation the domain check asks for to its cell', () => {
    // 3000 of 12000 by July: v = 3000 / (12000 × 7/12) ≈ 0.43, red; execution 35% / (7/12) = 0.6, yellow.
    const { report } = monitoringReportOf(sheet());
    const { problems } = checkMonitoringReport(report!, defaultMonitoringRules);
    const cells = problems.map((p) => monitoringCell(p.path!));
    expect(cells).toEqual(['C6', 'E6', 'C7', 'J12', 'L12', 'M12', 'J13', 'L13', 'M13']);
    expect(monitoringCell('execution.deviationNote')).toBe('G6');
    expect(monitoringCell('indicators.4.deviationNote')).toBe('K16');
    expect(monitoringCell('financeActions')).toBeUndefined();
  });
});
