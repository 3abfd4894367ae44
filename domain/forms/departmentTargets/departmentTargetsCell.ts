import { cellAddress } from '../../grid/address';
import { departmentHeaderFields, departmentTargetsForm, keyTaskColumns, type KeyTaskColumn } from './departmentTargetsLayout';
import { targetSheetCell } from '../targetSheet/targetSheetCell';

/** The 0-based row of each indicator index when indicators sit one per row (data not read from a grid); one extra for "the next free row". */
export const departmentIndicatorRows = (count: number): number[] =>
  Array.from({ length: count + 1 }, (_, i) => departmentTargetsForm.firstIndicatorRow0 + i);

/**
 * Where a data path of DepartmentTargets lives on the sheet, so that checks on JSON data name cells
 * too. `indicatorRows` maps indicator indices to rows when read with gaps (departmentTargetsFromGrid).
 *
 * @example
 * departmentTargetsCell('funding.basicFen') // 'C9'
 * departmentTargetsCell('tasks.0.task') // 'A13'
 */
export const departmentTargetsCell = (path: string, indicatorRows?: readonly number[]): string | undefined => {
  const [head, index, field] = path.split('.');
  if (head === 'indicators') {
    const i = Number(index ?? 0);
    // The indicator columns are the target sheet's: only the row differs.
    return targetSheetCell(`indicators.${i}${field ? `.${field}` : ''}`, indicatorRows ?? departmentIndicatorRows(i));
  }
  if (head === 'tasks') {
    const i = Number(index ?? 0);
    if (!Number.isInteger(i) || i < 0 || i >= departmentTargetsForm.maxTasks) return undefined;
    const column = keyTaskColumns.find((c) => c.key === (field as KeyTaskColumn['key'])) ?? keyTaskColumns[0]!;
    return cellAddress(departmentTargetsForm.firstTaskRow0 + i, column.cols[0]);
  }
  const header = departmentHeaderFields.find((f) => f.path === (path === 'funding' ? 'funding.expenditureFen' : path));
  return header ? cellAddress(header.row0, 2) : undefined;
};
