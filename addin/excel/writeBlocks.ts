import { neutralizeValue } from '../../domain/grid/neutralize';
import type { CellBlock } from './excelHost';
import { formProtection } from './sheetNames';

/**
 * Writes blocks of values on a form sheet in ONE sync whatever the number of blocks: protection is
 * lifted, the values assigned, protection restored (form sheets are always protected, writeGrid),
 * all in the same request, with calculation suspended. The live score calls it on every change,
 * so the round trips matter more than the payload (a score column of 500 rows is a few KB).
 *
 * @example
 * await Excel.run((context) => writeBlocks(context, '项目支出绩效自评表', [{ address: 'C9', values: [[84.79]] }]));
 */
export async function writeBlocks(context: Excel.RequestContext, sheetName: string, blocks: CellBlock[]): Promise<void> {
  if (blocks.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  context.application.suspendApiCalculationUntilNextSync();
  sheet.protection.unprotect();
  for (const { address, values } of blocks) sheet.getRange(address).values = values.map((row) => row.map(neutralizeValue));
  sheet.protection.protect(formProtection);
  await context.sync();
}
