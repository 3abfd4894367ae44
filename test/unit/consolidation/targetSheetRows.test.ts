import { describe, expect, it } from 'vitest';
import { indicatorColumns, projectColumns } from '../../../domain/consolidation/consolidationColumns';
import { rowCells } from '../../../domain/consolidation/consolidationColumn';
import { targetSheetRows } from '../../../domain/consolidation/targetSheetRows';
import { headOf, projectOf, sheetOf } from './consolidationFixtures';

describe('targetSheetRows', () => {
  it('makes one project row and one row per indicator, each traced to submission, version and approver', () => {
    const { projects, indicators } = targetSheetRows(headOf(), sheetOf(), projectOf(), '南通市教育局');
    expect(projects).toHaveLength(1);
    expect(indicators).toHaveLength(5);
    for (const row of [...projects, ...indicators]) {
      expect(row).toMatchObject({ submissionId: 'targetSheet.2026.p1', version: 4, status: 'approved', approvedBy: 'reviewer-city' });
    }
    expect(projects[0]).toMatchObject({ budgetType: 'general', isMajor: true, amountFen: 35_620_000_01, indicatorCount: 5 });
    expect(indicators.map((row) => row.index)).toEqual([1, 2, 3, 4, 5]);
    expect(indicators[3]).toMatchObject({ level1: 'cost', operator: 'lte', target: '2500', unit: '元/人·年' });
  });

  it('shows money in 万元 exact to the fen and labels in Chinese', () => {
    const { projects, indicators } = targetSheetRows(headOf(), sheetOf(), projectOf(), '南通市教育局');
    const cells = Object.fromEntries(projectColumns.map((column, i) => [column.key, rowCells(projectColumns, projects[0]!)[i]]));
    // 35,620,000.01 yuan = 3,562.000001 万元.
    expect(cells.amount).toBe(3562.000001);
    expect(cells.budgetType).toBe('一般公共预算');
    expect(cells.status).toBe('已批复');
    expect(cells.isMajor).toBe('是');
    const indicatorCells = Object.fromEntries(indicatorColumns.map((column, i) => [column.key, rowCells(indicatorColumns, indicators[0]!)[i]]));
    expect(indicatorCells).toMatchObject({ level1: '产出指标', level2: '数量指标', operator: '≥', target: '12000', basis: '计划标准' });
  });

  it('falls back to the sheet department name and leaves the budget type empty without a project', () => {
    const { projects } = targetSheetRows(headOf({ status: 'draft', approvedBy: undefined, approvedAt: undefined }), sheetOf(), undefined, '');
    expect(projects[0]!.departmentName).toBe('南通市教育局');
    expect(projects[0]!.budgetType).toBeUndefined();
    expect(projects[0]!.approvedBy).toBeUndefined();
  });
});
