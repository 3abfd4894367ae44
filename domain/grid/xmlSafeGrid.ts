import { xmlSafeText } from '../values/xmlText';
import type { CellValue, Grid } from './grid';

const safeValue = (value: CellValue): CellValue => (typeof value === 'string' ? xmlSafeText(value) : value);

/**
 * A copy of `grid` whose texts (values, list names and items) hold only characters XML 1.0 can
 * carry, each other one replaced by U+FFFD (`xmlSafeText`). The API refuses such text, so this only
 * matters for data saved before it did; a workbook we write is never broken XML either way.
 * @example renderWorkbook([xmlSafeGrid(neutralizeGrid(grid))])
 */
export const xmlSafeGrid = (grid: Grid): Grid => ({
  ...grid,
  values: grid.values.map((row) => row.map(safeValue)),
  lists: Object.fromEntries(Object.entries(grid.lists).map(([name, items]) => [xmlSafeText(name), items.map(xmlSafeText)])),
});
