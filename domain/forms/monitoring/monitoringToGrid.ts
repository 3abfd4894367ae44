import { rangeAddress } from '../../grid/address';
import type { CellValue, Grid, GridRange } from '../../grid/grid';
import { level1Labels, level2Labels, operatorSymbols } from '../../model/indicator';
import { deviationReasonLabels } from '../../monitoring/deviationReason';
import { likelihoodLabels } from '../../monitoring/likelihood';
import { QualitativeStatus, qualitativeStatusLabels } from '../../monitoring/qualitativeStatus';
import { signalLabels } from '../../monitoring/signal';
import { fenToWanYuanExact } from '../../values/moneyText';
import { sheetLabel } from '../formLabel';
import { monitoringColumns, monitoringForm, monitoringHeaderFields, type MonitoringHeaderField } from './monitoringForm';
import type { MonitoringIndicator, MonitoringSheet } from './monitoringSheet';

const lastCol = monitoringColumns.length - 1;

/** A 定性 status shows as its label; anything else (a number, a typo) as written. */
const statusText = (value: string | undefined): CellValue => {
  if (value === undefined || value === '') return null;
  const status = QualitativeStatus.safeParse(value);
  return status.success ? qualitativeStatusLabels[status.data].zh : value;
};

const headerValue = (sheet: MonitoringSheet, field: MonitoringHeaderField): CellValue => {
  const signals = sheet.signals;
  switch (field.path) {
    case 'projectName': return sheet.projectName;
    case 'departmentName': return sheet.departmentName;
    case 'periodText': return `${sheet.year}-01-01 — ${sheet.through}`;
    case 'budgetFen': return Number(fenToWanYuanExact(sheet.budgetFen));
    case 'executedFen': return Number(fenToWanYuanExact(sheet.executedFen));
    case 'executionRate': return signals?.executionRate ?? null;
    case 'timeProgress': return signals ? signals.timeProgress.value : null;
    case 'executionSignal': return signals ? signalLabels[signals.execution].zh : null;
    case 'execution.deviationReason': return sheet.execution.deviationReason ? deviationReasonLabels[sheet.execution.deviationReason].zh : null;
    case 'execution.likelihood': return sheet.execution.likelihood ? likelihoodLabels[sheet.execution.likelihood].zh : null;
    case 'execution.deviationNote': return sheet.execution.deviationNote ?? null;
    case 'execution.correctiveAction': return sheet.execution.correctiveAction ?? null;
    case 'remarks': return sheet.remarks ?? null;
    default: return null;
  }
};

const indicatorRow = (indicator: MonitoringIndicator, signal: string | undefined): CellValue[] =>
  monitoringColumns.map((column) => {
    switch (column.key) {
      case 'level1': return level1Labels[indicator.level1].zh;
      case 'level2': return level2Labels[indicator.level2].zh;
      case 'name': return indicator.name;
      case 'operator': return operatorSymbols[indicator.operator];
      case 'target': return indicator.target;
      case 'unit': return indicator.unit;
      case 'actual': return indicator.operator === 'qualitative' ? statusText(indicator.actual) : (indicator.actual ?? null);
      case 'expectedFullYear': return indicator.operator === 'qualitative' ? statusText(indicator.expectedFullYear) : (indicator.expectedFullYear ?? null);
      case 'signal': return signal ?? null;
      case 'deviationReason': return indicator.deviationReason ? deviationReasonLabels[indicator.deviationReason].zh : null;
      case 'deviationNote': return indicator.deviationNote ?? null;
      case 'likelihood': return indicator.likelihood ? likelihoodLabels[indicator.likelihood].zh : null;
      case 'correctiveAction': return indicator.correctiveAction ?? null;
    }
  });

/**
 * Renders 绩效运行监控表 as a Grid: the project header, budget and execution in 万元 with the computed
 * rate, time progress and execution signal, the execution's deviation fields, then one row per
 * indicator copied from the approved targets (locked) with the department's columns to fill and the
 * computed signal. Ranges are per column, so 500 indicators cost what 5 do.
 *
 * @example
 * const grid = monitoringToGrid(sheet);
 */
export const monitoringToGrid = (sheet: MonitoringSheet): Grid => {
  const form = monitoringForm;
  const first = form.firstIndicatorRow0;
  const last = first + Math.max(sheet.indicators.length, 1) - 1;
  const columnCount = monitoringColumns.length;
  const values: CellValue[][] = Array.from({ length: last + 1 }, () => new Array<CellValue>(columnCount).fill(null));
  const formats: Grid['formats'] = [];
  const styles: Grid['styles'] = [];
  const merges: GridRange[] = [];
  const inputs: GridRange[] = [];
  const validations: Grid['validations'] = [];
  const band = (row0: number, text: string, style: 'title' | 'header' | 'note') => {
    values[row0]![0] = text;
    const range = rangeAddress(row0, 0, row0, lastCol);
    merges.push({ range });
    styles.push({ range, style });
  };

  band(form.titleRow0, sheetLabel(form.title), 'title');
  band(form.subtitleRow0, `（${sheet.year} 年度）金额单位：万元 / Budget year ${sheet.year}, amounts in 10,000 yuan — ${form.fillingNote.zh}`, 'note');
  for (const field of monitoringHeaderFields) {
    const labelRange = rangeAddress(field.row0, field.labelCols[0], field.row0, field.labelCols[1]);
    const valueRange = rangeAddress(field.row0, field.valueCols[0], field.row0, field.valueCols[1]);
    values[field.row0]![field.labelCols[0]] = sheetLabel(field.label);
    values[field.row0]![field.valueCols[0]] = headerValue(sheet, field);
    for (const range of [labelRange, valueRange]) if (range.includes(':')) merges.push({ range });
    styles.push({ range: labelRange, style: 'label' }, { range: valueRange, style: field.input ? 'input' : 'computed' });
    formats.push({ range: valueRange, format: field.format });
    if (field.input) inputs.push({ range: valueRange });
    if (field.list) validations.push({ range: valueRange, list: field.list });
  }

  band(form.indicatorSection.row0, sheetLabel(form.indicatorSection.label), 'header');
  monitoringColumns.forEach((column, col0) => {
    values[form.headerRowZh0]![col0] = column.label.zh;
    values[form.headerRowEn0]![col0] = column.label.en;
    const cells = rangeAddress(first, col0, last, col0);
    formats.push({ range: cells, format: '@' });
    styles.push({ range: cells, style: column.input ? 'input' : 'computed' });
    if (column.input) inputs.push({ range: cells });
    if (column.list) validations.push({ range: cells, list: column.list, ...(column.allowOther ? { allowOther: true } : {}) });
  });
  styles.push({ range: rangeAddress(form.headerRowZh0, 0, form.headerRowZh0, lastCol), style: 'header' });
  styles.push({ range: rangeAddress(form.headerRowEn0, 0, form.headerRowEn0, lastCol), style: 'note' });
  sheet.indicators.forEach((indicator, i) => {
    const signal = sheet.signals?.indicators[i]?.signal;
    values[first + i] = indicatorRow(indicator, signal ? signalLabels[signal].zh : undefined);
  });

  return {
    sheetName: form.sheetName,
    values,
    columnWidths: monitoringColumns.map((column) => column.width),
    formats,
    styles,
    merges,
    inputs,
    validations,
    lists: Object.fromEntries(Object.entries(form.lists).map(([name, items]) => [name, [...items]])),
    frozenRows: form.headerRowEn0 + 1,
  };
};
