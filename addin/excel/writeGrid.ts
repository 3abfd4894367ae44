import { columnLetter, rangeAddress } from '../../domain/grid/address';
import type { Grid } from '../../domain/grid/grid';
import { neutralizeValue } from '../../domain/grid/neutralize';
import { columnWidthPoints, palette } from './palette';
import { rangeBounds } from './rangeBounds';
import { chunkRows, payloadBytes, requestBudget, defaultRequestBudgetBytes } from './requestBudget';
import { formProtection, listsSheetName, marksSettingKey, metaSettingKey, sheetRef, type SheetMeta } from './sheetNames';

export interface WriteGridOptions {
  /** Review mode: inputs stay locked too. */
  readOnly?: boolean;
  /** Maximum bytes of one request (default 4 MB, under Excel on the web's ~5 MB limit). */
  requestBudgetBytes?: number;
  /** Maximum bytes of one `range.values` assignment (default 1 MB). */
  chunkBytes?: number;
  /** What the sheet holds (submission id, project, year), kept in a workbook setting for the ribbon command. */
  meta?: SheetMeta;
}

export interface WriteGridReport {
  /** `context.sync()` calls made: 2 for any target sheet; more only past the request budget. */
  syncs: number;
  /** `range.values` assignments for the form's values. */
  valueChunks: number;
}

const borderEdges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * Writes a whole form into its worksheet: reuse or create the sheet, clear it, then values (as 2-D
 * arrays, chunked), number formats, styles, merges, column widths, frozen rows, drop-downs pointing
 * at the hidden `_lists` sheet, unlocked inputs and sheet protection, with calculation suspended.
 * Two syncs for any target sheet: one to learn which sheets exist, one for everything else.
 *
 * @example
 * await Excel.run((context) => writeGrid(context, targetSheetToGrid(sheet)));
 */
export async function writeGrid(context: Excel.RequestContext, grid: Grid, options: WriteGridOptions = {}): Promise<WriteGridReport> {
  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(grid.sheetName);
  const foundLists = sheets.getItemOrNullObject(listsSheetName);
  found.load('isNullObject');
  foundLists.load('isNullObject');
  await context.sync();

  let syncs = 1;
  const budget = requestBudget(async () => {
    await context.sync();
    syncs++;
  }, options.requestBudgetBytes ?? defaultRequestBudgetBytes);
  context.application.suspendApiCalculationUntilNextSync();

  const sheet = found.isNullObject ? sheets.add(grid.sheetName) : found;
  const lists = foundLists.isNullObject ? sheets.add(listsSheetName) : foundLists;
  if (!found.isNullObject) resetSheet(sheet);
  if (!foundLists.isNullObject) resetSheet(lists);
  // The cells are new, so earlier problem marks no longer apply.
  context.workbook.settings.add(marksSettingKey(grid.sheetName), '[]');
  if (options.meta) context.workbook.settings.add(metaSettingKey(grid.sheetName), JSON.stringify(options.meta));

  // Lists: one column per named list on the hidden sheet; drop-downs reference the column.
  const listColumns = new Map<string, string>();
  Object.entries(grid.lists).forEach(([name, items], i) => {
    const letter = columnLetter(i);
    if (items.length === 0) return;
    const column = items.map((item) => [neutralizeValue(item)]);
    lists.getRange(`${letter}1:${letter}${items.length}`).values = column;
    listColumns.set(name, `=${sheetRef(listsSheetName)}!$${letter}$1:$${letter}$${items.length}`);
  });
  lists.visibility = 'Hidden';
  lists.protection.protect(formProtection);

  // Number formats before values, so "@" cells take text as text.
  for (const { range, format } of grid.formats) {
    const { rows, columns } = rangeBounds(range);
    const formats = Array.from({ length: rows }, () => Array<string>(columns).fill(format));
    await budget.spend(payloadBytes(formats));
    sheet.getRange(range).numberFormat = formats;
  }

  const width = grid.columnWidths.length;
  const chunks = chunkRows(grid.values.map((row) => row.map(neutralizeValue)), options.chunkBytes ?? 1_000_000);
  for (const chunk of chunks) {
    await budget.spend(chunk.bytes);
    sheet.getRange(rangeAddress(chunk.start, 0, chunk.start + chunk.rows.length - 1, width - 1)).values = chunk.rows;
  }

  for (const { range } of grid.merges) sheet.getRange(range).merge(false);

  for (const { range, style } of grid.styles) {
    const paint = palette[style];
    const format = sheet.getRange(range).format;
    if (paint.fill) format.fill.color = paint.fill;
    if (paint.bold) format.font.bold = true;
    if (paint.italic) format.font.italic = true;
    if (paint.fontSize) format.font.size = paint.fontSize;
    if (paint.fontColor) format.font.color = paint.fontColor;
    if (paint.wrap) format.wrapText = true;
    if (paint.center) format.horizontalAlignment = 'Center';
    format.verticalAlignment = 'Center';
    if (paint.borders) {
      const { rows, columns } = rangeBounds(range);
      const edges: string[] = [...borderEdges];
      if (rows > 1) edges.push('InsideHorizontal');
      if (columns > 1) edges.push('InsideVertical');
      for (const edge of edges) format.borders.getItem(edge as Excel.BorderIndex).style = 'Continuous';
    }
  }

  grid.columnWidths.forEach((characters, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(characters);
  });

  for (const { range, list } of grid.validations) {
    const source = listColumns.get(list);
    if (!source) continue;
    const validation = sheet.getRange(range).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source } };
    // A warning, not a stop: the check explains a wrong value with its cell, and English labels are accepted too.
    validation.errorAlert = { showAlert: true, style: 'Warning', title: '请从列表中选择 / Pick from the list', message: '该值不在下拉列表中。 / The value is not in the list.' };
  }

  if (!options.readOnly) for (const { range } of grid.inputs) sheet.getRange(range).format.protection.locked = false;
  if (grid.frozenRows > 0) sheet.freezePanes.freezeRows(grid.frozenRows);
  sheet.protection.protect(formProtection);
  sheet.activate();
  sheet.getRange('A1').select();

  await context.sync();
  return { syncs: syncs + 1, valueChunks: chunks.length };
}

/** Empties a reused sheet: protection off, merges, contents, formats, validations and frozen panes gone. */
function resetSheet(sheet: Excel.Worksheet): void {
  sheet.protection.unprotect();
  const all = sheet.getRange();
  all.unmerge();
  all.dataValidation.clear();
  all.clear('All');
  all.format.protection.locked = true;
  sheet.freezePanes.unfreeze();
}
