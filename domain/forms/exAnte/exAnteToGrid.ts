import { assessorLabels } from '../../exAnte/assessor';
import { checklistAnswerLabels, checklistLabels } from '../../exAnte/checklist';
import { conclusionLabels } from '../../exAnte/conclusion';
import { exAnteDimensionLabels, exAnteDimensions } from '../../exAnte/dimension';
import { rangeAddress } from '../../grid/address';
import type { CellStyle, CellValue, Grid, GridRange } from '../../grid/grid';
import type { ExAnteRules } from '../../ruleSet/exAnteRules';
import { fenToWanYuanExact } from '../../values/moneyText';
import { exAnteChecklistRows } from './exAnteCell';
import { exAnteForm, exAnteSubItems } from './exAnteForm';
import type { ExAnteSheet } from './exAnteSheet';
import { sheetLabel } from '../formLabel';
import { wanYuanFormat } from '../targetSheet/targetSheetLayout';

/**
 * Renders 事前绩效评估表 as a Grid: the subject header, one column per assessor (at least four, blank
 * ones to fill) with a score row per dimension under its points and review points, each assessor's
 * total, the recorded score and conclusion, the revision, and the checklists of the category with
 * a drop-down answer per item. Labels, points, totals and the conclusion are locked.
 *
 * @example
 * const grid = exAnteToGrid(sheet, defaultExAnteRules);
 */
export const exAnteToGrid = (sheet: ExAnteSheet, rules: Pick<ExAnteRules, 'dimensionPoints' | 'checklists'>): Grid => {
  const form = exAnteForm;
  const kind = sheet.subjectType;
  const list = sheet.assessment.assessors;
  const assessorColumns = Math.min(Math.max(form.minAssessorColumns, list.length + 1), form.maxAssessors);
  const columnCount = form.firstAssessorCol0 + Math.max(assessorColumns, list.length);
  const lastCol = columnCount - 1;
  const lastAssessorCol = lastCol;
  const checklistRows = exAnteChecklistRows(sheet.assessment.category, rules.checklists);
  const rowCount = form.firstChecklistRow0 + Math.max(checklistRows.length, 1);

  const values: CellValue[][] = Array.from({ length: rowCount }, () => new Array<CellValue>(columnCount).fill(null));
  const formats: Grid['formats'] = [];
  const styles: Grid['styles'] = [];
  const merges: GridRange[] = [];
  const inputs: GridRange[] = [];
  const validations: Grid['validations'] = [];
  const put = (row0: number, col0: number, value: CellValue) => {
    values[row0]![col0] = value;
  };
  const area = (r0: number, c0: number, r1: number, c1: number, style: CellStyle, input = false, merge = false) => {
    const range = rangeAddress(r0, c0, r1, c1);
    if (merge && range.includes(':')) merges.push({ range });
    styles.push({ range, style });
    if (input) inputs.push({ range });
    return range;
  };
  const band = (row0: number, text: string, style: CellStyle) => {
    put(row0, 0, text);
    area(row0, 0, row0, lastCol, style, false, true);
  };
  const field = (row0: number, labelCol0: number, label: { zh: string; en: string }, valueCols: [number, number], value: CellValue, input: boolean) => {
    put(row0, labelCol0, sheetLabel(label));
    styles.push({ range: rangeAddress(row0, labelCol0, row0, labelCol0 === 0 ? 1 : labelCol0), style: 'label' });
    if (labelCol0 === 0) merges.push({ range: rangeAddress(row0, 0, row0, 1) });
    put(row0, valueCols[0], value);
    return area(row0, valueCols[0], row0, valueCols[1], input ? 'input' : 'computed', input, true);
  };

  band(form.titleRow0, sheetLabel(form.title), 'title');
  band(form.subtitleRow0, `（${sheet.year} 年度）金额单位：万元 / Budget year ${sheet.year}, amounts in 10,000 yuan`, 'note');
  field(form.subjectRow0, 0, form.labels.subject[kind], [2, lastCol], sheet.subjectName, false);
  field(form.departmentRow0, 0, form.labels.department, [2, 2], sheet.departmentName, false);
  const amount = field(form.departmentRow0, 3, form.labels.amount, [4, lastCol], Number(fenToWanYuanExact(sheet.amountFen)), false);
  formats.push({ range: amount, format: wanYuanFormat });
  const category = sheet.assessment.category;
  const categoryCell = field(form.categoryRow0, 0, form.labels.category, [2, 2], category ? checklistLabels[category].zh : null, kind === 'project');
  if (kind === 'project') validations.push({ range: categoryCell, list: 'category' });
  field(form.categoryRow0, 3, form.labels.kind, [4, lastCol], form.subjectKinds[kind].zh, false);
  field(form.outlineRow0, 0, form.labels.outline[kind], [2, lastCol], sheet.outline, true);

  band(form.scoreSection.row0, sheetLabel(form.scoreSection.label), 'header');
  form.fixedColumns.forEach((column, col0) => {
    put(form.assessorKindRow0, col0, sheetLabel(column.label));
    const range = rangeAddress(form.assessorKindRow0, col0, form.assessorNameRow0, col0);
    merges.push({ range });
    styles.push({ range, style: 'header' });
  });
  const firstCol = form.firstAssessorCol0;
  for (let col0 = firstCol; col0 <= lastAssessorCol; col0++) {
    const entry = list[col0 - firstCol];
    put(form.assessorKindRow0, col0, entry ? assessorLabels[entry.assessor].zh : null);
    put(form.assessorNameRow0, col0, entry?.name ?? null);
    put(form.commentRow0, col0, entry?.comment ?? null);
  }
  const kinds = area(form.assessorKindRow0, firstCol, form.assessorKindRow0, lastAssessorCol, 'input', true);
  validations.push({ range: kinds, list: 'assessor' });
  area(form.assessorNameRow0, firstCol, form.assessorNameRow0, lastAssessorCol, 'input', true);

  exAnteDimensions.forEach((dimension, d) => {
    const row0 = form.firstDimensionRow0 + d;
    put(row0, 0, exAnteDimensionLabels[dimension][kind].zh);
    put(row0, 1, rules.dimensionPoints[dimension]);
    put(row0, 2, exAnteSubItems[dimension][kind].map((item, i) => `${i + 1}. ${item.zh}`).join('\n'));
    for (let col0 = firstCol; col0 <= lastAssessorCol; col0++) put(row0, col0, list[col0 - firstCol]?.scores[dimension] ?? null);
  });
  const lastDimensionRow0 = form.firstDimensionRow0 + exAnteDimensions.length - 1;
  styles.push({ range: rangeAddress(form.firstDimensionRow0, 0, lastDimensionRow0, 2), style: 'label' });
  const scores = area(form.firstDimensionRow0, firstCol, lastDimensionRow0, lastAssessorCol, 'input', true);
  formats.push({ range: scores, format: '0.00' });

  put(form.totalRow0, 0, sheetLabel(form.labels.total));
  put(form.totalRow0, 1, exAnteDimensions.reduce((sum, d) => sum + rules.dimensionPoints[d], 0));
  for (let col0 = firstCol; col0 <= lastAssessorCol; col0++) {
    const entry = list[col0 - firstCol];
    put(form.totalRow0, col0, entry ? exAnteDimensions.reduce((sum, d) => sum + (entry.scores[d] ?? 0), 0) : null);
  }
  styles.push({ range: rangeAddress(form.totalRow0, 0, form.totalRow0, 2), style: 'label' });
  formats.push({ range: area(form.totalRow0, firstCol, form.totalRow0, lastAssessorCol, 'computed'), format: '0.00' });
  put(form.commentRow0, 0, sheetLabel(form.labels.comment));
  styles.push({ range: rangeAddress(form.commentRow0, 0, form.commentRow0, 2), style: 'label' });
  area(form.commentRow0, firstCol, form.commentRow0, lastAssessorCol, 'input', true);

  band(form.conclusionSection.row0, sheetLabel(form.conclusionSection.label), 'header');
  formats.push({ range: field(form.resultRow0, 0, form.labels.score, [2, 2], sheet.result?.score ?? null, false), format: '0.00' });
  field(form.resultRow0, 3, form.labels.conclusion, [4, lastCol], sheet.result ? conclusionLabels[sheet.result.conclusion].zh : null, false);
  field(form.revisionRow0, 0, form.labels.revision, [2, lastCol], sheet.revision?.note ?? null, false);

  band(form.checklistSection.row0, sheetLabel(form.checklistSection.label), 'header');
  const header = [form.labels.checklist, { zh: '编号', en: 'Id' }, form.labels.item, form.labels.answer];
  header.forEach((label, col0) => put(form.checklistHeaderRow0, col0, sheetLabel(label)));
  styles.push({ range: rangeAddress(form.checklistHeaderRow0, 0, form.checklistHeaderRow0, 3), style: 'header' });
  checklistRows.forEach(({ list: listId, item }, i) => {
    const row0 = form.firstChecklistRow0 + i;
    const answer = sheet.assessment.checklistAnswers[listId]?.[item.id];
    values[row0]!.splice(0, 4, checklistLabels[listId].zh, item.id, item.zh, answer ? checklistAnswerLabels[answer].zh : null);
  });
  if (checklistRows.length > 0) {
    const lastChecklistRow0 = form.firstChecklistRow0 + checklistRows.length - 1;
    styles.push({ range: rangeAddress(form.firstChecklistRow0, 0, lastChecklistRow0, 2), style: 'label' });
    const answers = area(form.firstChecklistRow0, 3, lastChecklistRow0, 3, 'input', true);
    validations.push({ range: answers, list: 'answer' });
  }

  return {
    sheetName: form.sheetName,
    values,
    columnWidths: [...form.fixedColumns.map((c) => c.width), ...new Array<number>(columnCount - form.fixedColumns.length).fill(form.assessorColumnWidth)],
    formats,
    styles,
    merges,
    inputs,
    validations,
    lists: Object.fromEntries(Object.entries(form.lists).map(([name, items]) => [name, [...items]])),
    frozenRows: form.assessorNameRow0 + 1,
  };
};
