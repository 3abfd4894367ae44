/**
 * 项目支出绩效目标申报表: the one import for callers (backend, add-in, xlsx renderer).
 * The spec is data in targetSheetLayout.ts; each function lives in its own file.
 *
 * @example
 * import { targetSheetToGrid, targetSheetFromGrid, targetSheetCell } from '../domain/forms/targetSheet/targetSheetForm';
 */
export { targetSheetForm, headerFields, indicatorColumns, projectAttributeLabels, wanYuanFormat } from './targetSheetLayout';
export type { HeaderField, IndicatorColumn, TargetSheetForm } from './targetSheetLayout';
export { targetSheetToGrid } from './targetSheetToGrid';
export type { TargetSheetGridOptions } from './targetSheetToGrid';
export { targetSheetFromGrid } from './targetSheetFromGrid';
export type { TargetSheetReadContext, TargetSheetReadResult } from './targetSheetFromGrid';
export { targetSheetCell } from './targetSheetCell';
export { emptyTargetSheet } from './emptyTargetSheet';
