import type { Bilingual } from '../../model/bilingual';
import { valueAtPath } from './ruleSetSheetPath';
import type { RuleSetSheetColumn, RuleSetSheetTable } from './ruleSetSheetBlock';

/**
 * A table editing a list of the rule set (bands, tiers): one row per element, column keys are paths
 * inside an element ("label.zh"), blank rows are dropped and `spare` blank rows invite additions.
 * The list is replaced whole, so rows may be added, removed or reordered.
 *
 * @example
 * listTable({ zh: '等级区间', en: 'Grade bands' }, 'selfEvaluation.gradeBands', columns, ruleSet.selfEvaluation.gradeBands)
 */
export const listTable = (
  label: Bilingual,
  path: string,
  columns: RuleSetSheetColumn[],
  items: readonly unknown[],
  spare = 2,
  note?: Bilingual,
): RuleSetSheetTable => ({
  kind: 'table',
  label,
  path,
  columns,
  rows: items.map((item) => Object.fromEntries(columns.map((column) => [column.key, valueAtPath(item, column.key)]))),
  spare,
  ...(note ? { note } : {}),
  read: (rows) => {
    const value = rows.map((row) => {
      const item: Record<string, unknown> = {};
      for (const column of columns) {
        if (column.locked) continue;
        const keys = column.key.split('.');
        let node = item;
        keys.slice(0, -1).forEach((key) => {
          node[key] ??= {};
          node = node[key] as Record<string, unknown>;
        });
        node[keys[keys.length - 1]!] = row.values[column.key];
      }
      return item;
    });
    return {
      writes: [{ path, value }],
      places: rows.flatMap((row, i) => columns.filter((c) => !c.locked).map((column) => ({ path: `${path}.${i}.${column.key}`, index: row.index, key: column.key }))),
    };
  },
});

/**
 * A table of fixed rows, each editing the object at `rowPaths[i]` (e.g. one linkage row per grade):
 * rows cannot be added or removed, and each unlocked cell sets `<row path>.<column key>`.
 */
export const fixedTable = (
  label: Bilingual,
  path: string,
  columns: RuleSetSheetColumn[],
  rowPaths: readonly string[],
  rows: Record<string, unknown>[],
  note?: Bilingual,
): RuleSetSheetTable => ({
  kind: 'table',
  label,
  path,
  columns,
  rows,
  spare: 0,
  ...(note ? { note } : {}),
  read: (read) => {
    const cells = read.flatMap((row) =>
      columns.filter((c) => !c.locked).map((column) => ({ path: `${rowPaths[row.index]}.${column.key}`, index: row.index, key: column.key, value: row.values[column.key] })),
    );
    return { writes: cells.map(({ path: at, value }) => ({ path: at, value })), places: cells.map(({ path: at, index, key }) => ({ path: at, index, key })) };
  },
});
