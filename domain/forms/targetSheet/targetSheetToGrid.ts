import type { CellStyle, CellValue, Grid, GridRange } from '../../grid/grid';
import { rangeAddress } from '../../grid/address';
import { totalFen, type TargetSheet } from '../../model/targetSheet';
import { fenToWanYuanExact } from '../../values/moneyText';
import { sheetLabel } from '../formLabel';
import { writeIndicatorGrid } from '../indicators/indicatorGridBlock';
import { headerFields, indicatorColumns, projectAttributeLabels, targetSheetForm, type HeaderField } from './targetSheetLayout';

export interface TargetSheetGridOptions {
  /** Indicator rows shown at least, blank ones to fill (default 12). */
  minIndicatorRows?: number;
  /** Blank rows kept after the last indicator (default 5), within the 500-indicator limit. */
  spareIndicatorRows?: number;
}

const columnCount = indicatorColumns.length;
const lastCol = columnCount - 1;

const headerValue = (sheet: TargetSheet, field: HeaderField): CellValue => {
  switch (field.path) {
    case 'projectName': return sheet.projectName;
    case 'departmentName': return sheet.departmentName;
    case 'unitName': return sheet.unitName;
    case 'isNew': return (sheet.isNew ? projectAttributeLabels.new : projectAttributeLabels.continuing).zh;
    case 'period.from': return sheet.period.from;
    case 'period.to': return sheet.period.to;
    // 万元 as a number so Excel can add it up; the decimal text is exact to the fen, and the number
    // parsed from it reads back to the same text (numbers up to 15 significant digits round-trip).
    case 'fundingTotal': return Number(fenToWanYuanExact(totalFen(sheet)));
    case 'funding.fiscalFen': return Number(fenToWanYuanExact(sheet.funding.fiscalFen));
    case 'funding.otherFen': return Number(fenToWanYuanExact(sheet.funding.otherFen));
    case 'overallGoal': return sheet.overallGoal;
    case 'annualGoal': return sheet.annualGoal;
    default: return null;
  }
};

/**
 * Renders a 绩效目标申报表 as a Grid: fixed header block, funding in 万元, goals, then the indicator
 * grid with at least `minIndicatorRows` rows (blank ones to fill), drop-downs, locked labels and
 * frozen headers. Work is linear in the number of indicators and ranges are per column, so 500
 * indicators give the same handful of formats, styles and validations as 5.
 *
 * @example
 * const grid = targetSheetToGrid(sheet, { minIndicatorRows: 20 });
 */
export const targetSheetToGrid = (sheet: TargetSheet, options: TargetSheetGridOptions = {}): Grid => {
  const { minIndicatorRows = 12, spareIndicatorRows = 5 } = options;
  const form = targetSheetForm;
  const indicatorRows = Math.min(
    Math.max(minIndicatorRows, sheet.indicators.length + spareIndicatorRows),
    Math.max(form.maxIndicators, sheet.indicators.length),
  );
  const first = form.firstIndicatorRow0;
  const last = first + indicatorRows - 1;
  const values: CellValue[][] = Array.from({ length: last + 1 }, () => new Array<CellValue>(columnCount).fill(null));
  const formats: Grid['formats'] = [];
  const styles: Grid['styles'] = [];
  const merges: GridRange[] = [];
  const inputs: GridRange[] = [];
  const validations: Grid['validations'] = [];
  const style = (range: string, s: CellStyle) => styles.push({ range, style: s });
  const put = (row0: number, col0: number, value: CellValue) => {
    values[row0]![col0] = value;
  };
  const band = (row0: number, text: string, s: CellStyle) => {
    put(row0, 0, text);
    const range = rangeAddress(row0, 0, row0, lastCol);
    merges.push({ range });
    style(range, s);
  };

  band(form.titleRow0, sheetLabel(form.title), 'title');
  band(form.subtitleRow0, `（${sheet.year} 年度）金额单位：万元 / Budget year ${sheet.year}, amounts in 10,000 yuan`, 'note');

  for (const field of headerFields) {
    const labelRange = rangeAddress(field.row0, field.labelCols[0], field.row0, field.labelCols[1]);
    const valueRange = rangeAddress(field.row0, field.valueCols[0], field.row0, field.valueCols[1]);
    put(field.row0, field.labelCols[0], sheetLabel(field.label));
    put(field.row0, field.valueCols[0], headerValue(sheet, field));
    for (const range of [labelRange, valueRange]) if (range.includes(':')) merges.push({ range });
    style(labelRange, 'label');
    style(valueRange, field.input ? 'input' : 'computed');
    formats.push({ range: valueRange, format: field.format });
    if (field.input) inputs.push({ range: valueRange });
    if (field.list) validations.push({ range: valueRange, list: field.list });
  }
  const total = headerFields.find((f) => f.path === 'fundingTotal')!;
  const noteRange = rangeAddress(total.row0, total.valueCols[1] + 1, total.row0, lastCol);
  put(total.row0, total.valueCols[1] + 1, sheetLabel(form.fundingNote));
  merges.push({ range: noteRange });
  style(noteRange, 'note');

  band(form.fundingSection.row0, sheetLabel(form.fundingSection.label), 'header');
  band(form.indicatorSection.row0, sheetLabel(form.indicatorSection.label), 'header');
  band(form.fillingNote.row0, sheetLabel(form.fillingNote.label), 'note');

  writeIndicatorGrid({ values, formats, styles, inputs, validations }, { headerRowZh0: form.headerRowZh0, headerRowEn0: form.headerRowEn0, first, last }, sheet.indicators);

  return {
    sheetName: form.sheetName,
    values,
    columnWidths: indicatorColumns.map((column) => column.width),
    formats,
    styles,
    merges,
    inputs,
    validations,
    lists: Object.fromEntries(Object.entries(form.lists).map(([name, items]) => [name, [...items]])),
    frozenRows: form.headerRowEn0 + 1,
  };
};

