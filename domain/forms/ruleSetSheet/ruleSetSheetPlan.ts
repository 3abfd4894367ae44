import type { RuleSetSheetBlock, RuleSetSheetField, RuleSetSheetSection, RuleSetSheetTable } from './ruleSetSheetBlock';

/** Fixed geometry of the rule-set sheet (规则设置表). */
export const ruleSetSheetForm = {
  sheetName: '规则设置',
  title: { zh: '绩效规则设置表', en: 'Performance rule set' },
  titleRow0: 0,
  subtitleRow0: 1,
  firstBlockRow0: 3,
  /** A field: label in A, value in B:C (one input cell, B), note in D:H. */
  fieldValueCol0: 1,
  columnWidths: [30, 16, 22, 22, 14, 14, 12, 10],
} as const;

export type PlacedRuleSetBlock =
  | { block: RuleSetSheetSection | RuleSetSheetField; row0: number }
  | { block: RuleSetSheetTable; row0: number; headerRow0: number; firstRow0: number; rowCount: number };

/**
 * Where each block of the sheet goes: a section or field takes one row; a table its title row, its
 * header row and its rows (stored ones plus spare blank ones); a blank row follows every table.
 * Rendering and reading both place blocks with this, so a cell always means the same path.
 *
 * @example
 * placeRuleSetSheet(ruleSetSheetLayout(ruleSet))[0]?.row0 // 3
 */
export const placeRuleSetSheet = (blocks: readonly RuleSetSheetBlock[]): PlacedRuleSetBlock[] => {
  let row0 = ruleSetSheetForm.firstBlockRow0;
  return blocks.map((block): PlacedRuleSetBlock => {
    if (block.kind !== 'table') return { block, row0: row0++ };
    const rowCount = block.rows.length + block.spare;
    const placed = { block, row0, headerRow0: row0 + 1, firstRow0: row0 + 2, rowCount };
    row0 += 2 + rowCount + 1;
    return placed;
  });
};
