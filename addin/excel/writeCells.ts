import type { CellWrite } from './excelHost';
import { neutralizeValue } from '../../domain/grid/neutralize';
import { formProtection } from './sheetNames';

/**
 * Writes single cells of a form sheet (already unlocked inputs or not), lifting the protection for
 * the write and restoring it in the same request; two syncs whatever the number of cells.
 */
export async function writeCells(context: Excel.RequestContext, sheetName: string, cells: CellWrite[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.protection.load('protected');
  await context.sync();
  const wasProtected = sheet.protection.protected;
  if (wasProtected) sheet.protection.unprotect();
  for (const { address, value } of cells) sheet.getRange(address).values = [[neutralizeValue(value)]];
  if (wasProtected) sheet.protection.protect(formProtection);
  await context.sync();
}
