import ExcelJS from 'exceljs';
import type { Worksheet, WorksheetProtection } from 'exceljs';
import type { Grid } from '../../domain/grid/grid';
import { neutralizeGrid } from '../../domain/grid/neutralize';
import { xmlSafeGrid } from '../../domain/grid/xmlSafeGrid';
import { xmlSafeText } from '../../domain/values/xmlText';
import { listsSheetName, metaSheetName, writeListsSheet, writeMetaSheet } from './hiddenSheets';
import { planListColumns } from './planListColumns';
import { writeGridSheet } from './writeGridSheet';

export interface RenderWorkbookOptions {
  /**
   * Protect every sheet so that only the grids' input cells can be edited (default false). This
   * guides filers; it is not a security boundary: every upload is checked again on the server.
   */
  protect?: boolean;
  /** Password for the protection; without one, anyone can unprotect from the ribbon. */
  password?: string;
  /**
   * State of the `_lists` and `_meta` sheets. "hidden" (default) is what WPS and LibreOffice
   * handle best; "veryHidden" keeps them out of Excel's Unhide dialog.
   */
  hiddenSheetState?: 'hidden' | 'veryHidden';
  /** Key/value pairs for a hidden `_meta` sheet (form, subject, version, checksum); read back with `readWorkbookMeta`. */
  meta?: Readonly<Record<string, string>>;
}

// What a filer may still do on a protected sheet: select anything and resize rows and columns.
const allowed: Partial<WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/** ExcelJS keeps a sheet's protection (with the password hash) on a property its typings leave out. */
interface WithSheetProtection {
  sheetProtection: Record<string, unknown> | null;
}

/**
 * Protects the sheets, hashing the password once: Excel's SHA-512 with 100,000 spins takes about a
 * second, and the same salt and hash are valid on every sheet of the workbook.
 */
const protectAll = async ([first, ...rest]: Worksheet[], password: string): Promise<void> => {
  if (!first) return;
  await first.protect(password, allowed);
  const protection = (first as unknown as WithSheetProtection).sheetProtection;
  for (const sheet of rest) (sheet as unknown as WithSheetProtection).sheetProtection = { ...protection };
};

// Excel's limit is 31 characters per sheet name, and names are unique regardless of case.
const checkSheetNames = (grids: readonly Grid[]): void => {
  const seen = new Set([listsSheetName, metaSheetName]);
  for (const { sheetName } of grids) {
    if (sheetName.length > 31) throw new RangeError(`sheet name longer than 31 characters: ${sheetName}`);
    const key = sheetName.toLowerCase();
    if (seen.has(key)) throw new RangeError(`sheet name used twice or reserved: ${sheetName}`);
    seen.add(key);
  }
};

/**
 * Renders grids into an .xlsx workbook, one worksheet per grid in order, plus hidden helper sheets
 * for drop-down lists (`_lists`) and, when asked, metadata (`_meta`). Every text is neutralized
 * against formula injection on the way (`neutralizeGrid`) and any character XML 1.0 cannot carry is
 * replaced by U+FFFD (`xmlSafeGrid`); numbers stay numbers.
 *
 * @throws RangeError on no grids, a bad or duplicate sheet name, a bad range, an unknown list or a
 *   text too long for a cell.
 * @example
 * const file = await renderWorkbook([targetSheetToGrid(sheet)], { protect: true, meta: { form: 'targetSheet' } });
 */
export const renderWorkbook = async (grids: readonly Grid[], options: RenderWorkbookOptions = {}): Promise<Buffer> => {
  if (grids.length === 0) throw new RangeError('a workbook needs at least one grid');
  checkSheetNames(grids);
  // Neutralized against formula injection, then XML-safe (docs/api.md, 导出): never broken XML.
  const safeGrids = grids.map((grid) => xmlSafeGrid(neutralizeGrid(grid)));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';

  const plan = planListColumns(safeGrids);
  const formSheets = safeGrids.map((grid, i) => writeGridSheet(workbook, grid, plan.refs[i] ?? new Map()));
  const hiddenSheets: Worksheet[] = [];
  if (plan.columns.length > 0) hiddenSheets.push(writeListsSheet(workbook, plan.columns));
  if (options.meta) {
    const meta = Object.fromEntries(Object.entries(options.meta).map(([key, value]) => [xmlSafeText(key), xmlSafeText(value)]));
    hiddenSheets.push(writeMetaSheet(workbook, meta));
  }
  for (const sheet of hiddenSheets) sheet.state = options.hiddenSheetState ?? 'hidden';

  if (options.protect) await protectAll([...formSheets, ...hiddenSheets], options.password ?? '');
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
