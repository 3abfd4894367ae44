import { metaSettingKey, type SheetMeta } from './sheetNames';

/** The meta writeGrid stored for a sheet, in one sync; undefined when there is none or it is unreadable. */
export async function readSheetMeta(context: Excel.RequestContext, sheetName: string): Promise<SheetMeta | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(metaSettingKey(sheetName));
  setting.load('value');
  await context.sync();
  if (setting.isNullObject) return undefined;
  try {
    const meta = JSON.parse(String(setting.value)) as Partial<SheetMeta>;
    return typeof meta.submissionId === 'string' && typeof meta.projectId === 'string' && typeof meta.year === 'number'
      ? { submissionId: meta.submissionId, projectId: meta.projectId, year: meta.year }
      : undefined;
  } catch {
    return undefined;
  }
}
