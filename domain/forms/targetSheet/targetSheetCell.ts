import { cellAddress } from '../../grid/address';
import { headerFields, indicatorColumns, targetSheetForm, type IndicatorColumn } from './targetSheetLayout';

/** The 0-based column of an indicator grid column. */
export const indicatorColumnIndex = (key: IndicatorColumn['key']): number =>
  indicatorColumns.findIndex((column) => column.key === key);

// Paths that name a group rather than one field point at the group's first editable cell.
const groupAliases: Record<string, string> = { period: 'period.from', funding: 'funding.fiscalFen' };

/**
 * Where a data path of a TargetSheet lives on the sheet, so that checks on JSON data name cells too.
 * `indicatorRows` maps an indicator's index to its 0-based row when the sheet was read with blank
 * rows in between (targetSheetFromGrid returns it); without it, indicators sit one per row from
 * row 16. Undefined for paths with no cell (projectId, year).
 *
 * @example
 * targetSheetCell('funding.fiscalFen') // 'C8'
 * targetSheetCell('indicators.3.unit') // 'F19'
 */
export const targetSheetCell = (path: string, indicatorRows?: readonly number[]): string | undefined => {
  const [head, index, field] = path.split('.');
  if (head === 'indicators') {
    const i = index === undefined ? 0 : Number(index);
    if (!Number.isInteger(i) || i < 0) return undefined;
    const row0 = indicatorRows?.[i] ?? targetSheetForm.firstIndicatorRow0 + i;
    const col0 = indicatorColumnIndex((field ?? 'name') as IndicatorColumn['key']);
    return cellAddress(row0, col0 < 0 ? indicatorColumnIndex('name') : col0);
  }
  const fieldPath = groupAliases[path] ?? path;
  const header = headerFields.find((f) => f.path === fieldPath);
  return header ? cellAddress(header.row0, header.valueCols[0]) : undefined;
};
