import { rangeAddress } from '../../grid/address';
import type { CellStyle, CellValue, Grid } from '../../grid/grid';
import type { RuleSet } from '../../ruleSet/ruleSet';
import { sheetLabel } from '../formLabel';
import { ruleSetCellFormat, showRuleSetCell, type RuleSetCellKind } from './ruleSetSheetCell';
import { ruleSetSheetLayout } from './ruleSetSheetLayout';
import { valueAtPath } from './ruleSetSheetPath';
import { placeRuleSetSheet, ruleSetSheetForm } from './ruleSetSheetPlan';

/**
 * Renders a rule set as the rule-set sheet (规则设置表, docs/api.md "Rule sets as a sheet in Excel"): sections with zh-first labels,
 * every number in an input cell (shares as percents, money in 万元), choices as drop-downs (反向指标
 * 计分方式 A/B, 执行率取整阶段, grades, actions), and bands, tiers, linkage rows and framework items as
 * small tables with spare blank rows for additions. Labels are locked; ruleSetFromGrid reads it back.
 *
 * @example
 * const grid = ruleSetToGrid(defaultRuleSet('nantong', 2025));
 */
export const ruleSetToGrid = (ruleSet: RuleSet): Grid => {
  const form = ruleSetSheetForm;
  const placed = placeRuleSetSheet(ruleSetSheetLayout(ruleSet));
  const lastCol = form.columnWidths.length - 1;
  const last = placed[placed.length - 1];
  const rowCount = last ? ('rowCount' in last ? last.firstRow0 + last.rowCount : last.row0 + 1) : form.firstBlockRow0;
  const values: CellValue[][] = Array.from({ length: rowCount }, () => new Array<CellValue>(lastCol + 1).fill(null));
  const grid: Grid = {
    sheetName: form.sheetName,
    values,
    columnWidths: [...form.columnWidths],
    formats: [],
    styles: [],
    merges: [],
    inputs: [],
    validations: [],
    lists: {},
    frozenRows: form.subtitleRow0 + 1,
  };
  const area = (r0: number, c0: number, c1: number, style: CellStyle, value: CellValue) => {
    values[r0]![c0] = value;
    const range = rangeAddress(r0, c0, r0, c1);
    if (c1 > c0) grid.merges.push({ range });
    grid.styles.push({ range, style });
  };
  const input = (r0: number, c0: number, c1: number, kind: RuleSetCellKind, value: unknown) => {
    area(r0, c0, c1, 'input', showRuleSetCell(kind, value));
    const range = rangeAddress(r0, c0, r0, c1);
    grid.inputs.push({ range });
    const format = ruleSetCellFormat(kind);
    if (format) grid.formats.push({ range, format });
    if (kind.type === 'choice') {
      grid.validations.push({ range, list: kind.list });
      grid.lists[kind.list] = kind.choices.map((choice) => choice.label.zh);
    }
  };

  area(form.titleRow0, 0, lastCol, 'title', sheetLabel(form.title));
  area(
    form.subtitleRow0,
    0,
    lastCol,
    'note',
    `${ruleSet.name_zh}（${ruleSet.year} 年度，第 ${ruleSet.version} 版，编号 ${ruleSet.id}）黄色单元格可修改 / ${ruleSet.name_en} (year ${ruleSet.year}, version ${ruleSet.version}); edit the yellow cells`,
  );
  for (const entry of placed) {
    const { block } = entry;
    if (block.kind === 'section') {
      area(entry.row0, 0, lastCol, 'header', sheetLabel(block.label));
    } else if (block.kind === 'field') {
      area(entry.row0, 0, 0, 'label', sheetLabel(block.label));
      input(entry.row0, form.fieldValueCol0, form.fieldValueCol0 + 1, block.cell, valueAtPath(ruleSet, block.path));
      if (block.note) area(entry.row0, 3, lastCol, 'note', sheetLabel(block.note));
    } else if ('rowCount' in entry) {
      area(entry.row0, 0, 2, 'label', sheetLabel(block.label));
      if (block.note) area(entry.row0, 3, lastCol, 'note', sheetLabel(block.note));
      block.columns.forEach((column, c) => area(entry.headerRow0, c, c, 'header', sheetLabel(column.label)));
      for (let i = 0; i < entry.rowCount; i++) {
        const row = block.rows[i];
        block.columns.forEach((column, c) => {
          if (column.locked) area(entry.firstRow0 + i, c, c, 'label', showRuleSetCell(column.cell, row?.[column.key]));
          else input(entry.firstRow0 + i, c, c, column.cell, row?.[column.key]);
        });
      }
    }
  }
  return grid;
};
