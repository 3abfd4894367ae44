import type { SheetChange } from './excelHost';

/**
 * Registers `onChange` for the sheet's `onChanged` event (ExcelApi 1.7) in one sync and returns the
 * registration, whose `remove()` (run in its own context) ends it. `triggerSource` (ExcelApi 1.14)
 * tells the add-in's own writes apart where Excel reports it; elsewhere the caller filters by address.
 *
 * @example
 * const registration = await Excel.run((context) => watchChanges(context, sheetName, (change) => schedule(change)));
 */
export async function watchChanges(
  context: Excel.RequestContext,
  sheetName: string,
  onChange: (change: SheetChange) => void,
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const registration = sheet.onChanged.add(async (event) => {
    // Undefined before ExcelApi 1.14.
    onChange({ address: event.address, byThisAddin: event.triggerSource === 'ThisLocalAddin' });
  });
  await context.sync();
  return registration;
}
