import { rangeAddress } from '../../grid/address';
import type { CellValue, Grid } from '../../grid/grid';
import { basisLabels, level1Labels, level2Labels, operatorSymbols, type Indicator } from '../../model/indicator';
import { indicatorColumns } from '../targetSheet/targetSheetLayout';

/** One indicator as a row of the indicator grid (the project and department target forms share it). */
export const indicatorRow = (indicator: Indicator): CellValue[] =>
  indicatorColumns.map((column) => {
    switch (column.key) {
      case 'level1': return level1Labels[indicator.level1].zh;
      case 'level2': return level2Labels[indicator.level2].zh;
      case 'name': return indicator.name;
      case 'operator': return operatorSymbols[indicator.operator];
      case 'target': return indicator.target;
      case 'unit': return indicator.unit;
      case 'basis': return indicator.basis ? basisLabels[indicator.basis].zh : null;
      case 'explanation': return indicator.explanation ?? null;
      case 'libraryId': return indicator.libraryId ?? null;
    }
  });

/** Where an indicator grid sits on a form: its two header rows and its first and last data rows (0-based). */
export interface IndicatorGridPlace {
  headerRowZh0: number;
  headerRowEn0: number;
  first: number;
  last: number;
}

/**
 * Writes the indicator grid that the project and department target forms share into a grid being
 * built: the zh and en header rows, text format and drop-downs per column (one range per column,
 * so 500 indicators cost what 5 do), the input area, and the indicators' rows.
 *
 * @example
 * writeIndicatorGrid(parts, { headerRowZh0: 13, headerRowEn0: 14, first: 15, last: 26 }, sheet.indicators);
 */
export const writeIndicatorGrid = (
  parts: { values: CellValue[][] } & Pick<Grid, 'formats' | 'styles' | 'inputs' | 'validations'>,
  place: IndicatorGridPlace,
  indicators: readonly Indicator[],
): void => {
  const lastCol = indicatorColumns.length - 1;
  indicatorColumns.forEach((column, col0) => {
    parts.values[place.headerRowZh0]![col0] = column.label.zh;
    parts.values[place.headerRowEn0]![col0] = column.label.en;
    const cells = rangeAddress(place.first, col0, place.last, col0);
    parts.formats.push({ range: cells, format: '@' });
    if (column.list) parts.validations.push({ range: cells, list: column.list, ...(column.allowOther ? { allowOther: true } : {}) });
  });
  parts.styles.push({ range: rangeAddress(place.headerRowZh0, 0, place.headerRowZh0, lastCol), style: 'header' });
  parts.styles.push({ range: rangeAddress(place.headerRowEn0, 0, place.headerRowEn0, lastCol), style: 'note' });
  const grid = rangeAddress(place.first, 0, place.last, lastCol);
  parts.styles.push({ range: grid, style: 'input' });
  parts.inputs.push({ range: grid });
  indicators.forEach((indicator, i) => {
    parts.values[place.first + i] = indicatorRow(indicator);
  });
};
