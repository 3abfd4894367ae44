import { describe, expect, it } from 'vitest';
import { monitoringRows } from '../../../domain/consolidation/monitoringRows';
import { MonitoringSheet } from '../../../domain/forms/monitoring/monitoringSheet';
import { headOf, projectOf } from './consolidationFixtures';

const sheet = MonitoringSheet.parse({
  projectId: 'p1', year: 2026, period: 'm07', through: '2026-07-31', projectName: '家庭经济困难学生资助', departmentName: '南通市教育局',
  budgetFen: 3_560_000_000, executedFen: 1_000_000_000,
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人次', operator: 'gte', target: '12000', unit: '人次', actual: '3000' },
    { level1: 'outcome', level2: 'social', name: '辍学人数', operator: 'eq', target: '0', unit: '人' },
  ],
  signals: {
    timeProgress: { elapsed: 7, total: 12, value: 0.5833 }, executionRate: 0.2809, execution: 'red',
    indicators: [{ ratio: 0.4286, signal: 'red' }, { ratio: null, signal: 'green' }], project: 'red', ruleSetId: 'default', ruleSetVersion: 1,
  },
});

describe('monitoringRows', () => {
  it('names the period, and carries the worst signal and each indicator signal and actual', () => {
    const { projects, indicators } = monitoringRows(headOf({ id: 'monitoring.2026.p1.m07', form: 'monitoring', status: 'submitted' }), sheet, projectOf(), '南通市教育局');
    expect(projects[0]).toMatchObject({ form: 'monitoring', subjectName: '家庭经济困难学生资助（1–7月）', warning: 'red', amountFen: 3_560_000_000, indicatorCount: 2 });
    expect(indicators.map((row) => [row.actual, row.warning])).toEqual([['3000', 'red'], [undefined, 'green']]);
  });

  it('leaves warnings empty before the signals are computed', () => {
    const { signals: _signals, ...draft } = sheet;
    const { projects, indicators } = monitoringRows(headOf({ status: 'draft' }), draft, undefined, '');
    expect(projects[0]!.warning).toBeUndefined();
    expect(indicators[0]!.warning).toBeUndefined();
  });
});
