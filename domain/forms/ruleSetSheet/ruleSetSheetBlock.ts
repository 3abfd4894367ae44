import type { Bilingual } from '../../model/bilingual';

import type { RuleSetCellKind } from './ruleSetSheetCell';

/**
 * The building blocks of the rule-set sheet (规则设置表), top to bottom: section bands, one-value
 * fields (label | input | note) and small tables. Every input names the rule-set path it edits, so
 * that reading a cell and placing a problem at its cell use the same description.
 */
export interface RuleSetSheetSection {
  kind: 'section';
  label: Bilingual;
}

export interface RuleSetSheetField {
  kind: 'field';
  label: Bilingual;
  /** Dotted path into the rule set, e.g. "selfEvaluation.points.output". */
  path: string;
  cell: RuleSetCellKind;
  note?: Bilingual;
}

/** A column of a table; a `locked` column only shows (e.g. the grade a linkage row is for) and is never read. */
export interface RuleSetSheetColumn {
  key: string;
  label: Bilingual;
  cell: RuleSetCellKind;
  locked?: boolean;
}

/** A non-blank table row as read: its index among the table's rows and its values by column key. */
export interface RuleSetSheetRowRead {
  index: number;
  values: Record<string, unknown>;
}

/**
 * What a table's rows mean for the rule set: values to set at paths, and where each path's value
 * was read (row index and column key), so problems found later land on a cell.
 */
export interface RuleSetSheetTableRead {
  writes: { path: string; value: unknown }[];
  places: { path: string; index: number; key: string }[];
}

export interface RuleSetSheetTable {
  kind: 'table';
  label: Bilingual;
  /** Path of what the table edits, where a problem of the table as a whole is placed. */
  path: string;
  columns: RuleSetSheetColumn[];
  /** Stored values by column key, one record per row. */
  rows: Record<string, unknown>[];
  /** Blank rows offered for additions; a table with spare rows drops blank rows when read. 0: fixed rows. */
  spare: number;
  read: (rows: RuleSetSheetRowRead[]) => RuleSetSheetTableRead;
  note?: Bilingual;
}

export type RuleSetSheetBlock = RuleSetSheetSection | RuleSetSheetField | RuleSetSheetTable;
