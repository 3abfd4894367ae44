/** The hidden sheet that holds drop-down lists (Excel caps inline list sources at 255 characters). */
export const listsSheetName = '_lists';

/** The workbook setting that remembers which cells of a sheet were marked by the last check. */
export const marksSettingKey = (sheetName: string): string => `jixiao.marks.${sheetName}`;

/** A sheet name as a formula reference: quoted when it holds anything but letters, digits and _. */
export const sheetRef = (sheetName: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;

/** Protection settings of every form sheet: users may resize rows and columns, nothing else on locked cells. */
export const formProtection = { allowFormatColumns: true, allowFormatRows: true } as const;

/** The workbook setting that says what a form sheet holds. */
export const metaSettingKey = (sheetName: string): string => `jixiao.meta.${sheetName}`;

/** What a form sheet holds, so a ribbon command (a separate runtime) can check it without the pane. */
export interface SheetMeta {
  submissionId: string;
  projectId: string;
  year: number;
}
