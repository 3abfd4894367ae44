import type { CellValue } from '../../domain/grid/grid';
import { HostError } from './excelHost';

/** Office.js error code for a missing item (OfficeExtension.Error.code). */
const itemNotFound = 'ItemNotFound';

/**
 * The values of a sheet from A1 to its last used cell (so row and column indexes match the grid),
 * in one load and one sync. Empty cells come back as "" (Excel's way).
 *
 * @example
 * const values = await Excel.run((context) => readGrid(context, '项目支出绩效目标申报表'));
 */
export async function readGrid(context: Excel.RequestContext, sheetName: string): Promise<CellValue[][]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // The used range may start below or right of A1; the bounding box with A1 keeps addresses aligned.
  const range = sheet.getRange('A1').getBoundingRect(sheet.getUsedRange(true));
  range.load('values');
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string } | null)?.code === itemNotFound) {
      throw new HostError('sheet.missing', `no worksheet named ${sheetName}`, { cause: error });
    }
    throw error;
  }
  return range.values as CellValue[][];
}
