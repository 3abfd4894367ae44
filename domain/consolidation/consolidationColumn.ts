import type { Bilingual } from '../model/bilingual';
import type { CellValue } from '../grid/grid';
import { sheetLabel } from '../forms/formLabel';

/**
 * A column of a consolidated sheet, as data: its label (zh first), width, Excel number format and
 * how a row gives its cell. The streaming .xlsx writer, the CSV writer and the add-in's pull planner
 * all read the same columns, so the three outputs cannot drift apart.
 */
export interface ConsolidationColumn<R> {
  key: string;
  label: Bilingual;
  /** Width in characters. */
  width: number;
  /** Excel number format; text columns use "@" so that ids like "0012" stay text. */
  format: string;
  value: (row: R) => CellValue;
  /** Internal data (comments, people): left out of public disclosure. */
  internal?: boolean;
}

/** The header cell of a column: "项目名称\nProject name" (sheetLabel, the workbooks' one label function). */
export const columnHeader = (column: ConsolidationColumn<never>): string => sheetLabel(column.label);

/** One row of cells, in column order. */
export const rowCells = <R>(columns: readonly ConsolidationColumn<R>[], row: R): CellValue[] => columns.map((column) => column.value(row));
