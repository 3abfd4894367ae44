import { rangeAddress } from '../../grid/address';
import type { CellStyle, CellValue, Grid, GridRange } from '../../grid/grid';
import { level1Labels, level2Labels, operatorSymbols } from '../../model/indicator';
import { gradeLabels } from '../../scoring/grade';
import { fenToWanYuanExact } from '../../values/moneyText';
import { sheetLabel } from '../formLabel';
import { budgetCells, selfEvaluationColumns, selfEvaluationForm } from './selfEvaluationLayout';
import type { SelfEvaluationIndicator, SelfEvaluationSheet, StoredSelfEvaluationScore } from './selfEvaluationSheet';
import { wanYuanFormat } from '../targetSheet/targetSheetLayout';

/**
 * A score to show: the stored one, or a live one from scoreSelfEvaluation (same shape), whose total and
 * grade stay blank while an error remains (RULES.md §2).
 */
export type ShownSelfEvaluationScore = Pick<StoredSelfEvaluationScore, 'execution' | 'indicators' | 'ruleSetId' | 'ruleSetVersion'> & {
  total: StoredSelfEvaluationScore['total'] | null;
  grade: StoredSelfEvaluationScore['grade'] | null;
};

const columnCount = selfEvaluationColumns.length;
const lastCol = columnCount - 1;

/** 指标值 as the target sheet stated it: "≥12000人次", or the qualitative text. */
export const targetText = (indicator: Pick<SelfEvaluationIndicator, 'operator' | 'target' | 'unit'>): string =>
  indicator.operator === 'qualitative' ? indicator.target : `${operatorSymbols[indicator.operator]}${indicator.target}${indicator.unit}`;

const money = (fen: number): number => Number(fenToWanYuanExact(fen));

/**
 * Renders a 项目支出绩效自评表 as a Grid: the locked header and targets from the approved target
 * sheet, the budget block in 万元, goals, total and grade, then one row per indicator. `score`
 * (default: the stored result) fills the computed cells; without one they stay blank.
 *
 * @example
 * const grid = selfEvaluationToGrid(view.data);
 */
export const selfEvaluationToGrid = (sheet: SelfEvaluationSheet, score: ShownSelfEvaluationScore | undefined = sheet.result): Grid => {
  const form = selfEvaluationForm;
  const first = form.firstIndicatorRow0;
  const last = first + Math.max(sheet.indicators.length, 1) - 1;
  const values: CellValue[][] = Array.from({ length: last + 1 }, () => new Array<CellValue>(columnCount).fill(null));
  const formats: Grid['formats'] = [];
  const styles: Grid['styles'] = [];
  const merges: GridRange[] = [];
  const inputs: GridRange[] = [];
  const put = (row0: number, col0: number, value: CellValue) => {
    values[row0]![col0] = value;
  };
  const cell = (row0: number, c0: number, c1: number, value: CellValue, style: CellStyle, input = false, format?: string) => {
    put(row0, c0, value);
    const range = rangeAddress(row0, c0, row0, c1);
    if (c1 > c0) merges.push({ range });
    styles.push({ range, style });
    if (input) inputs.push({ range });
    if (format) formats.push({ range, format });
  };

  cell(form.titleRow0, 0, lastCol, sheetLabel(form.title), 'title');
  cell(form.subtitleRow0, 0, lastCol, `（${sheet.year} 年度）金额单位：万元 / Budget year ${sheet.year}, amounts in 10,000 yuan`, 'note');
  cell(form.projectRow0, 0, 1, sheetLabel(form.labels.projectName), 'label');
  cell(form.projectRow0, 2, lastCol, sheet.projectName, 'computed', false, '@');
  cell(form.departmentRow0, 0, 1, sheetLabel(form.labels.departmentName), 'label');
  cell(form.departmentRow0, 2, 3, sheet.departmentName, 'computed', false, '@');
  cell(form.departmentRow0, 4, 4, sheetLabel(form.labels.unitName), 'label');
  cell(form.departmentRow0, 5, lastCol, sheet.unitName, 'computed', false, '@');

  const budget = form.budget;
  cell(budget.headerRow0, 0, 1, sheetLabel(budget.label), 'header');
  cell(budget.valueRow0, 0, 1, sheetLabel(budget.valueLabel), 'label');
  const budgetValue: Record<(typeof budgetCells.columns)[number]['key'], CellValue> = {
    initialFen: money(sheet.budget.initialFen),
    adjustedFen: money(sheet.budget.adjustedFen),
    executedFen: money(sheet.budget.executedFen),
    executionPoints: score?.execution.points ?? null,
    executionRate: score?.execution.rate ?? null,
    executionScore: score?.execution.score ?? null,
  };
  for (const column of budget.columns) {
    cell(budget.headerRow0, column.col0, column.col0, sheetLabel(column.label), 'header');
    const format = column.key === 'executionRate' ? '0.00%' : column.key.endsWith('Fen') ? wanYuanFormat : '0.00';
    cell(budget.valueRow0, column.col0, column.col0, budgetValue[column.key], column.input ? 'input' : 'computed', column.input, format);
  }

  const [e0, e1] = form.goalCols.expected;
  const [a0, a1] = form.goalCols.achieved;
  cell(form.goalsHeaderRow0, 0, 1, sheetLabel(form.labels.goals), 'header');
  cell(form.goalsHeaderRow0, e0, e1, sheetLabel(form.labels.expected), 'header');
  cell(form.goalsHeaderRow0, a0, a1, sheetLabel(form.labels.achieved), 'header');
  cell(form.goalsRow0, 0, 1, sheetLabel(form.labels.annualGoal), 'label');
  cell(form.goalsRow0, e0, e1, sheet.annualGoal, 'computed', false, '@');
  cell(form.goalsRow0, a0, a1, sheet.actualCompletion, 'input', true, '@');

  cell(form.totalRow0, 0, 1, sheetLabel(form.labels.total), 'label');
  cell(form.totalRow0, 2, 2, score?.total ?? null, 'computed', false, '0.00');
  cell(form.totalRow0, 3, 3, sheetLabel(form.labels.grade), 'label');
  cell(form.totalRow0, 4, 4, score?.grade ? gradeLabels[score.grade].zh : null, 'computed');
  cell(
    form.totalRow0, 5, lastCol,
    score ? `规则集 ${score.ruleSetId} 第 ${score.ruleSetVersion} 版 / Rule set ${score.ruleSetId} v${score.ruleSetVersion}` : null,
    'note',
  );

  cell(form.indicatorSection.row0, 0, lastCol, sheetLabel(form.indicatorSection.label), 'header');
  cell(form.fillingNote.row0, 0, lastCol, sheetLabel(form.fillingNote.label), 'note');
  selfEvaluationColumns.forEach((column, col0) => {
    put(form.headerRowZh0, col0, column.label.zh);
    put(form.headerRowEn0, col0, column.label.en);
    const range = rangeAddress(first, col0, last, col0);
    styles.push({ range, style: column.input ? 'input' : 'computed' });
    formats.push({ range, format: column.key === 'points' || column.key === 'score' ? '0.00' : '@' });
    if (column.input) inputs.push({ range });
  });
  styles.push({ range: rangeAddress(form.headerRowZh0, 0, form.headerRowZh0, lastCol), style: 'header' });
  styles.push({ range: rangeAddress(form.headerRowEn0, 0, form.headerRowEn0, lastCol), style: 'note' });

  sheet.indicators.forEach((indicator, i) => {
    const shown = score?.indicators[i];
    const row: Record<(typeof selfEvaluationColumns)[number]['key'], CellValue> = {
      level1: level1Labels[indicator.level1].zh,
      level2: level2Labels[indicator.level2].zh,
      name: indicator.name,
      target: targetText(indicator),
      actual: indicator.applicable ? indicator.actual : form.notApplicableWords[0],
      // Only points the filer set: shares assigned by the rule set are not written back as if typed.
      points: indicator.points === undefined ? null : Number(indicator.points),
      score: indicator.operator === 'qualitative' && indicator.score !== undefined ? Number(indicator.score) : (shown?.score ?? null),
      deviation: indicator.deviation,
    };
    values[first + i] = selfEvaluationColumns.map((column) => row[column.key]);
  });

  return {
    sheetName: form.sheetName,
    values,
    columnWidths: selfEvaluationColumns.map((column) => column.width),
    formats,
    styles,
    merges,
    inputs,
    validations: [],
    lists: {},
    frozenRows: form.headerRowEn0 + 1,
  };
};
