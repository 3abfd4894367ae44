/**
 * A sheet as hosts see it: values plus what makes it a form (formats, drop-downs, locks, merges).
 * domain/ turns a form spec and data into a Grid and back; the Office.js adapter and the .xlsx
 * renderer only move Grids (DESIGN.md "The central seam").
 */
export type CellValue = string | number | boolean | null;

/** Cell styles hosts know how to paint; no colours or fonts leak into domain/. */
export type CellStyle = 'title' | 'label' | 'header' | 'input' | 'computed' | 'note';

export interface GridRange {
  /** A1 range on this sheet, e.g. "B4:D4" or "C7". */
  range: string;
}

export interface Grid {
  /** Worksheet name (≤ 31 characters, Excel's limit). */
  sheetName: string;
  /** Row-major values, rectangular: every row has `columnWidths.length` cells. */
  values: CellValue[][];
  /** Column widths in characters. */
  columnWidths: number[];
  /** Number formats ("@", "0.00", "#,##0.00"), by range. */
  formats: (GridRange & { format: string })[];
  styles: (GridRange & { style: CellStyle })[];
  merges: GridRange[];
  /** Cells the user may edit; everything else is locked when the sheet is protected. */
  inputs: GridRange[];
  /**
   * Drop-downs: `list` names a list in `lists` (hosts put lists on a hidden sheet). `allowOther`
   * marks a list of suggestions (e.g. units): hosts accept values outside it (Excel error style
   * "information") instead of refusing them.
   */
  validations: (GridRange & { list: string; allowOther?: boolean })[];
  /** Named lists for drop-downs. */
  lists: Record<string, string[]>;
  /** Rows frozen at the top (headers). */
  frozenRows: number;
}
