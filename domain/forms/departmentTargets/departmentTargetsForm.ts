/**
 * 部门整体绩效目标申报表: the one import for callers. The spec is data in departmentTargetsLayout.ts.
 *
 * @example
 * import { departmentTargetsToGrid, departmentTargetsFromGrid } from '../domain/forms/departmentTargets/departmentTargetsForm';
 */
export { departmentTargetsForm, departmentHeaderFields, keyTaskColumns } from './departmentTargetsLayout';
export type { DepartmentHeaderField, DepartmentTargetsForm, KeyTaskColumn } from './departmentTargetsLayout';
export { departmentTargetsToGrid } from './departmentTargetsToGrid';
export { departmentTargetsFromGrid } from './departmentTargetsFromGrid';
export type { DepartmentTargetsReadResult } from './departmentTargetsFromGrid';
export { departmentTargetsCell, departmentIndicatorRows } from './departmentTargetsCell';
