import type { Bilingual } from '../../model/bilingual';
import { cellAddress } from '../../grid/address';
import type { CellValue } from '../../grid/grid';
import { problem, type Problem } from '../../problem';
import { mergeRuleSet, type DeepPartial } from '../../ruleSet/mergeRuleSet';
import type { RuleSet } from '../../ruleSet/ruleSet';

import type { RuleSetSheetRowRead } from './ruleSetSheetBlock';
import { readRuleSetCell } from './ruleSetSheetCell';
import { ruleSetSheetLayout } from './ruleSetSheetLayout';
import { setAtPath } from './ruleSetSheetPath';
import { placeRuleSetSheet, ruleSetSheetForm } from './ruleSetSheetPlan';
import { ruleSetToGrid } from './ruleSetSheetToGrid';
import { cellText } from '../../grid/cellText';

export interface RuleSetSheetReadResult {
  /** The rule set as edited (same id, region, year and version as `base`), when the sheet reads and validates. */
  data?: RuleSet;
  /** Every problem names its cell and the rule-set path. */
  problems: Problem[];
}

interface Place {
  cell: string;
  label: Bilingual;
}

/**
 * The cell of a rule-set path: its own cell; else the first cell inside it (a rule on
 * `selfEvaluation.points` lands on the first of the points); else the cell of the nearest enclosing path.
 */
const placeOf = (places: Map<string, Place>, path: string): Place | undefined => {
  const exact = places.get(path);
  if (exact) return exact;
  for (const [key, place] of places) if (key.startsWith(`${path}.`)) return place;
  const parts = path.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const found = places.get(parts.slice(0, n).join('.'));
    if (found) return found;
  }
  return undefined;
};

/**
 * The first locked cell (a label, a header, a shown id) that differs from the sheet rendered from
 * `base`: the file was made from another version or layout, so its cells cannot be trusted to mean
 * the same paths (tables have as many rows as the version they were made from).
 */
const layoutMismatch = (values: CellValue[][], base: RuleSet): Problem | undefined => {
  const expected = ruleSetToGrid(base);
  const inputs = new Set(expected.inputs.map((input) => input.range.split(':')[0]));
  for (const [row0, row] of expected.values.entries()) {
    for (const [col0, value] of row.entries()) {
      const cell = cellAddress(row0, col0);
      if (value === null || inputs.has(cell) || cellText(values[row0]?.[col0]) === cellText(value)) continue;
      return problem(
        'ruleSetSheet.layoutChanged',
        `${cell} 的内容与第 ${base.version} 版的规则设置表不符：请勿修改标签或插入、删除行，请重新下载后填写`,
        `${cell} does not match the rule-set sheet of version ${base.version}: do not change labels or insert or delete rows; download it again`,
        { cell },
      );
    }
  }
  return undefined;
};

/**
 * Reads the rule-set sheet (ruleSetToGrid of `base`) back into a rule set. Each cell is read by its
 * kind (a bad number or an unknown choice is a problem at that cell, `ruleSetSheet.cellInvalid`);
 * table rows left blank are dropped. The result is laid over `base` and validated as a whole by
 * mergeRuleSet, and its `ruleSet.invalid` problems (points not adding up, bands out of order …) are
 * placed on the cells their paths came from. What the sheet does not show (id, region, year,
 * version, ex-ante checklists) is kept from `base`. A sheet whose labels differ from the one
 * rendered from `base` is refused whole (`ruleSetSheet.layoutChanged`), never misread.
 *
 * @example
 * const { data, problems } = ruleSetFromGrid(values, current);
 */
export const ruleSetFromGrid = (values: CellValue[][], base: RuleSet): RuleSetSheetReadResult => {
  const mismatch = layoutMismatch(values, base);
  if (mismatch) return { problems: [mismatch] };
  const problems: Problem[] = [];
  const places = new Map<string, Place>();
  const candidate = structuredClone(base) as unknown as Record<string, unknown>;
  const raw = (row0: number, col0: number) => values[row0]?.[col0] ?? null;
  const read = (row0: number, col0: number, kind: Parameters<typeof readRuleSetCell>[0], path: string): unknown => {
    const result = readRuleSetCell(kind, raw(row0, col0));
    if (result.ok) return result.value;
    const cell = cellAddress(row0, col0);
    problems.push(problem('ruleSetSheet.cellInvalid', `${cell}：${result.zh}`, `${cell}: ${result.en}`, { cell, path }));
    return undefined;
  };

  for (const entry of placeRuleSetSheet(ruleSetSheetLayout(base))) {
    const { block } = entry;
    if (block.kind === 'field') {
      const col0 = ruleSetSheetForm.fieldValueCol0;
      places.set(block.path, { cell: cellAddress(entry.row0, col0), label: block.label });
      setAtPath(candidate, block.path, read(entry.row0, col0, block.cell, block.path));
    } else if ('rowCount' in entry && block.kind === 'table') {
      const inputs = block.columns.map((column, col0) => ({ column, col0 })).filter(({ column }) => !column.locked);
      const rows: RuleSetSheetRowRead[] = [];
      for (let index = 0; index < entry.rowCount; index++) {
        const row0 = entry.firstRow0 + index;
        const blank = inputs.every(({ col0 }) => raw(row0, col0) === null || String(raw(row0, col0)).trim() === '');
        // Tables with spare rows drop blank rows (a row removed); fixed tables read every row.
        if (blank && block.spare > 0) continue;
        const rowValues: Record<string, unknown> = {};
        for (const { column, col0 } of inputs) rowValues[column.key] = read(row0, col0, column.cell, block.path);
        rows.push({ index, values: rowValues });
      }
      const first = inputs[0];
      if (first) places.set(block.path, { cell: cellAddress(entry.firstRow0, first.col0), label: block.label });
      const { writes, places: tablePlaces } = block.read(rows);
      for (const write of writes) setAtPath(candidate, write.path, write.value);
      for (const place of tablePlaces) {
        const col0 = block.columns.findIndex((column) => column.key === place.key);
        const column = block.columns[col0];
        if (column) places.set(place.path, { cell: cellAddress(entry.firstRow0 + place.index, col0), label: column.label });
      }
    }
  }
  if (problems.length > 0) return { problems };

  const merged = mergeRuleSet(base, candidate as DeepPartial<RuleSet>);
  if (merged.ok) return { data: merged.ruleSet, problems: [] };
  return {
    problems: merged.problems.map((found) => {
      const place = found.path === undefined ? undefined : placeOf(places, found.path);
      if (!place) return found;
      return {
        ...found,
        cell: place.cell,
        message_zh: `${place.cell}（${place.label.zh}）：${found.message_zh}`,
        message_en: `${place.cell} (${place.label.en}): ${found.message_en}`,
      };
    }),
  };
};
