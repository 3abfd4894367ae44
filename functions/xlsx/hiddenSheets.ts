import type { Workbook, Worksheet } from 'exceljs';
import { neutralizeText } from '../../domain/grid/neutralize';
import type { ListColumn } from './planListColumns';

/**
 * Names of the hidden helper sheets of our workbooks. They start with "_" so that they never clash
 * with a form's sheet name, and need no quoting in formulas (`_lists!$A$2:$A$5`).
 */
export const listsSheetName = '_lists';
export const metaSheetName = '_meta';

/**
 * Writes the lists sheet: one column per list, its name in row 1 and its items (already
 * neutralized) below as text cells.
 */
export const writeListsSheet = (workbook: Workbook, columns: readonly ListColumn[]): Worksheet => {
  const sheet = workbook.addWorksheet(listsSheetName);
  columns.forEach(({ name, items }, c) => {
    const column = sheet.getColumn(c + 1);
    // About two character widths per Chinese character, between 12 and 60.
    column.width = Math.min(60, items.reduce((width, item) => Math.max(width, item.length * 2), 12));
    sheet.getCell(1, c + 1).value = neutralizeText(name);
    items.forEach((item, r) => {
      sheet.getCell(r + 2, c + 1).value = item;
    });
  });
  return sheet;
};

/**
 * Writes the metadata sheet (which form, subject, version and checksum a file carries),
 * one key/value pair per row in columns A and B.
 */
export const writeMetaSheet = (workbook: Workbook, meta: Readonly<Record<string, string>>): Worksheet => {
  const sheet = workbook.addWorksheet(metaSheetName);
  Object.entries(meta).forEach(([key, value], r) => {
    sheet.getCell(r + 1, 1).value = neutralizeText(key);
    sheet.getCell(r + 1, 2).value = neutralizeText(value);
  });
  return sheet;
};
