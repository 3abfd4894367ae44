import type { CellStyle, CellValue, Grid, GridRange } from '../../grid/grid';
import { rangeAddress } from '../../grid/address';
import type { DepartmentTargets } from '../../model/departmentTargets';
import { fenToWanYuanExact } from '../../values/moneyText';
import { departmentHeaderFields, departmentTargetsForm, keyTaskColumns, type DepartmentHeaderField } from './departmentTargetsLayout';
import { sheetLabel } from '../formLabel';
import { indicatorColumns } from '../targetSheet/targetSheetLayout';
import { writeIndicatorGrid } from '../indicators/indicatorGridBlock';

const columnCount = indicatorColumns.length;
const lastCol = columnCount - 1;

// 万元 as a number so Excel can add it up; the exact decimal reads back to the same fen (as on the target sheet).
const wan = (fen: number): number => Number(fenToWanYuanExact(fen));

const headerValue = (data: DepartmentTargets, field: DepartmentHeaderField): CellValue => {
  switch (field.path) {
    case 'departmentName': return data.departmentName;
    case 'functions': return data.functions;
    case 'annualGoal': return data.annualGoal;
    case 'funding.incomeFen': return wan(data.funding.incomeFen);
    case 'funding.expenditureFen': return wan(data.funding.expenditureFen);
    case 'funding.basicFen': return wan(data.funding.basicFen);
    case 'funding.projectFen': return wan(data.funding.projectFen);
  }
};

/**
 * Renders a 部门整体绩效目标申报表 as a Grid: header block, budget in 万元, the fixed block of key task
 * rows, then the indicator grid (the target sheet's columns) with at least 12 rows to fill.
 *
 * @example
 * const grid = departmentTargetsToGrid(data);
 */
export const departmentTargetsToGrid = (data: DepartmentTargets, minIndicatorRows = 12): Grid => {
  const form = departmentTargetsForm;
  const indicatorRows = Math.min(Math.max(minIndicatorRows, data.indicators.length + 5), Math.max(form.maxIndicators, data.indicators.length));
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
  const span = (row0: number, c0: number, c1: number, s: CellStyle): string => {
    const range = rangeAddress(row0, c0, row0, c1);
    if (c1 > c0) merges.push({ range });
    style(range, s);
    return range;
  };
  const band = (row0: number, text: string, s: CellStyle) => {
    put(row0, 0, text);
    span(row0, 0, lastCol, s);
  };

  band(form.titleRow0, sheetLabel(form.title), 'title');
  band(form.subtitleRow0, `（${data.year} 年度）金额单位：万元 / Budget year ${data.year}, amounts in 10,000 yuan`, 'note');
  band(form.fundingSection.row0, sheetLabel(form.fundingSection.label), 'header');
  for (const field of departmentHeaderFields) {
    put(field.row0, 0, sheetLabel(field.label));
    span(field.row0, 0, 1, 'label');
    put(field.row0, 2, headerValue(data, field));
    const valueRange = span(field.row0, 2, field.kind === 'wanYuan' ? 2 : lastCol, field.input ? 'input' : 'computed');
    formats.push({ range: valueRange, format: field.kind === 'wanYuan' ? form.wanYuanFormat : '@' });
    if (field.input) inputs.push({ range: valueRange });
  }

  band(form.taskSection.row0, sheetLabel(form.taskSection.label), 'header');
  for (const column of keyTaskColumns) {
    put(form.taskHeaderRow0, column.cols[0], sheetLabel(column.label));
    span(form.taskHeaderRow0, column.cols[0], column.cols[1], 'header');
    for (let i = 0; i < form.maxTasks; i++) {
      const row0 = form.firstTaskRow0 + i;
      const task = data.tasks[i];
      if (task) put(row0, column.cols[0], column.key === 'budgetFen' ? wan(task.budgetFen) : task[column.key]);
      const range = span(row0, column.cols[0], column.cols[1], 'input');
      inputs.push({ range });
      formats.push({ range, format: column.key === 'budgetFen' ? form.wanYuanFormat : '@' });
    }
  }

  band(form.indicatorSection.row0, sheetLabel(form.indicatorSection.label), 'header');
  writeIndicatorGrid({ values, formats, styles, inputs, validations }, { headerRowZh0: form.headerRowZh0, headerRowEn0: form.headerRowEn0, first, last }, data.indicators);

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
    frozenRows: 0,
  };
};
