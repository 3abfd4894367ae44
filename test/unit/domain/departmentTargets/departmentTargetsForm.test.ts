import { describe, expect, it } from 'vitest';
import { checkDepartmentTargets } from '../../../../domain/checks/checkDepartmentTargets';
import { departmentTargetsCell, departmentTargetsForm, departmentTargetsFromGrid, departmentTargetsToGrid } from '../../../../domain/forms/departmentTargets/departmentTargetsForm';
import type { DepartmentTargets } from '../../../../domain/model/departmentTargets';
import { goodDepartmentTargetsFields } from '../../../support/departmentTargetsFixtures';
import { goodStudentAidIndicators } from '../../../support/targetSheetFixtures';

const good: DepartmentTargets = { departmentId: 'nt-edu', year: 2026, departmentName: '南通市教育局', ...goodDepartmentTargetsFields };

describe('部门整体绩效目标申报表 grid', () => {
  it('reads back exactly what it wrote, amounts to the fen', () => {
    const grid = departmentTargetsToGrid(good);
    const read = departmentTargetsFromGrid(grid.values, { departmentId: 'nt-edu', year: 2026 });
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(good);
    expect(read.indicatorRows[0]).toBe(departmentTargetsForm.firstIndicatorRow0);
  });

  it('puts the fields where the cell map says and keeps rows rectangular', () => {
    const grid = departmentTargetsToGrid(good);
    expect(new Set(grid.values.map((row) => row.length))).toEqual(new Set([9]));
    expect(departmentTargetsCell('funding.basicFen')).toBe('C9');
    expect(grid.values[8]?.[2]).toBe(2345.6789);
    expect(departmentTargetsCell('tasks.1.budgetFen')).toBe('H14');
    expect(grid.values[13]?.[7]).toBe(42.000001);
    expect(departmentTargetsCell('indicators.0.unit')).toBe('F26');
    expect(grid.values[25]?.[5]).toBe('人次');
  });

  it('skips blank task rows and names the cell of a bad amount', () => {
    const values = departmentTargetsToGrid(good).values.map((row) => [...row]);
    values[12] = new Array(9).fill(null);
    values[13]![7] = '十万';
    const read = departmentTargetsFromGrid(values, { departmentId: 'nt-edu', year: 2026 });
    expect(read.data).toBeUndefined();
    expect(read.problems.map((p) => p.cell)).toEqual(['H14']);
  });
});

describe('checkDepartmentTargets', () => {
  it('finds nothing wrong in a complete form', () => {
    expect(checkDepartmentTargets(good)).toEqual([]);
  });

  it('needs a task, 3 indicators, parts that add up and units on quantities, each at its cell', () => {
    const bad: DepartmentTargets = {
      ...good,
      funding: { ...good.funding, projectFen: good.funding.projectFen - 1 },
      tasks: [],
      indicators: [{ ...goodStudentAidIndicators[0]!, unit: '' }, goodStudentAidIndicators[2]!],
    };
    const errors = checkDepartmentTargets(bad).filter((p) => p.severity === 'error');
    const byCode = Object.fromEntries(errors.map((p) => [p.code, p.cell]));
    expect(byCode['departmentTargets.fundingPartsMismatch']).toBe('C9');
    expect(byCode['departmentTargets.noTask']).toBe('A13');
    expect(byCode['targetSheet.tooFewIndicators']).toBe('C28');
    expect(byCode['targetSheet.quantityWithoutUnit']).toBe('F26');
    expect(byCode['targetSheet.noCostIndicator']).toBe('A28');
    // The target sheet's header checks do not leak into this form.
    expect(errors.every((p) => p.path?.startsWith('indicators') || p.code.startsWith('departmentTargets.'))).toBe(true);
  });

  it('warns when revenue and expenditure totals differ', () => {
    const problems = checkDepartmentTargets({ ...good, funding: { ...good.funding, incomeFen: good.funding.incomeFen + 100 } });
    expect(problems).toEqual([expect.objectContaining({ code: 'departmentTargets.incomeExpenditureDiffer', cell: 'C7', severity: 'warning' })]);
  });
});
