import ExcelJS from 'exceljs';
import type { Cell, CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { CellValue } from '../../domain/grid/grid';
import { unneutralizeText } from '../../domain/grid/neutralize';
import { appError } from '../errors/appError';
import { metaSheetName } from './hiddenSheets';
import { checkZipLimits } from './zipLimits';

export interface ReadValuesOptions {
  /** Rows to read from row 1 (default: the sheet's last used row). */
  rows?: number;
  /** Columns to read from column A (default: the sheet's last used column). */
  columns?: number;
}

/** A workbook loaded once, read many times. */
export interface OpenedWorkbook {
  sheetNames: string[];
  /** See {@link readWorkbookValues}. */
  values(sheetName: string, options?: ReadValuesOptions): CellValue[][];
  /** See {@link readWorkbookMeta}. */
  meta(): Record<string, string> | null;
}

// Bounds the work an uploaded file can cause: ~2,000 rows × 500 columns is far beyond any form.
const maxCells = 1_000_000;

/** A date as an ISO string: "2025-03-31", or "2025-03-31T08:30:00" when it has a time of day. */
const isoDate = (date: Date): string => {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
};

const plainText = (parts: { text: string }[]): string => parts.map((part) => part.text).join('');

/** A formula's cached result, as Excel saved it; no result (never calculated) reads as null. */
const formulaResult = (result: unknown): CellValue => {
  if (result === undefined || result === null) return null;
  if (typeof result === 'number' || typeof result === 'boolean' || typeof result === 'string') return result;
  if (result instanceof Date) return isoDate(result);
  if (typeof result === 'object' && 'error' in result) return String(result.error);
  return null;
};

/**
 * One ExcelJS cell value as a grid value. Literal text is un-neutralized (the one apostrophe our
 * renderer adds before formula-like text is removed); an error value reads as its text ("#N/A").
 */
const plainValue = (value: ExcelCellValue): CellValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // An empty text reads as an empty cell, as the renderer writes it.
  if (typeof value === 'string') return value === '' ? null : unneutralizeText(value);
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return plainValue(plainText(value.richText));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value.result);
  // Typed as a string, but ExcelJS also keeps rich text there.
  if ('hyperlink' in value) return plainValue(value.text as ExcelCellValue);
  return null;
};

// A merged range's value lives in its top-left cell only; the others read as empty.
const cellValue = (cell: Cell): CellValue => (cell.isMerged && cell.master !== cell ? null : plainValue(cell.value));

const sheetValues = (sheet: Worksheet, options: ReadValuesOptions): CellValue[][] => {
  const rows = options.rows ?? sheet.rowCount;
  const columns = options.columns ?? sheet.columnCount;
  if (rows * columns > maxCells) {
    throw appError('xlsx.tooLarge', { zh: '工作表过大，无法读取', en: 'The sheet is too large to read' });
  }
  return Array.from({ length: rows }, (_, r) => {
    const row = sheet.getRow(r + 1);
    return Array.from({ length: columns }, (_, c) => cellValue(row.getCell(c + 1)));
  });
};

const sheetMeta = (sheet: Worksheet): Record<string, string> => {
  const meta: Record<string, string> = {};
  sheet.eachRow((row) => {
    const key = cellValue(row.getCell(1));
    const value = cellValue(row.getCell(2));
    if (key !== null) meta[String(key)] = value === null ? '' : String(value);
  });
  return meta;
};

/**
 * Loads an .xlsx workbook (an uploaded offline file, or one we rendered) once for several reads.
 * The zip is checked against `uploadZipLimits` first (parts, unzipped bytes, cells), so that no
 * file can make the parser take more than a bounded time and memory. A part holding a character
 * XML 1.0 does not allow (raw or as `&#xFFFE;`) does not parse: such a file is `xlsx.unreadable`,
 * so no upload can bring that text in.
 *
 * @throws AppError `xlsx.unreadable` (422) when the bytes are not an .xlsx workbook, `xlsx.tooLarge`
 *   (413) or `xlsx.tooManyCells` (422) past the limits.
 * @example
 * const book = await openWorkbook(upload);
 * const meta = book.meta();
 * const values = book.values('绩效目标');
 */
export const openWorkbook = async (buffer: Buffer): Promise<OpenedWorkbook> => {
  await checkZipLimits(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (cause) {
    throw appError('xlsx.unreadable', { zh: '无法读取该文件，请上传 .xlsx 格式的工作簿', en: 'The file could not be read; upload an .xlsx workbook', cause });
  }
  return {
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    values: (sheetName, options = {}) => {
      const sheet = workbook.getWorksheet(sheetName);
      if (!sheet) {
        throw appError('xlsx.sheetMissing', { zh: `工作簿中没有名为"${sheetName}"的工作表`, en: `The workbook has no sheet named "${sheetName}"` });
      }
      return sheetValues(sheet, options);
    },
    meta: () => {
      const sheet = workbook.getWorksheet(metaSheetName);
      return sheet ? sheetMeta(sheet) : null;
    },
  };
};

/**
 * Reads the values of one sheet as a rectangular grid from A1: formula cells give their cached
 * result, rich text its plain text, dates an ISO date string, merged ranges their top-left value
 * only, and text our renderer neutralized (`'=…`) its original form.
 *
 * @throws AppError `xlsx.unreadable`, `xlsx.sheetMissing`, `xlsx.tooManyCells` (422) or `xlsx.tooLarge`
 *   (413).
 * @example
 * const values = await readWorkbookValues(upload, '绩效目标');
 */
export const readWorkbookValues = async (buffer: Buffer, sheetName: string, options: ReadValuesOptions = {}): Promise<CellValue[][]> =>
  (await openWorkbook(buffer)).values(sheetName, options);

/**
 * Reads the key/value pairs of the hidden `_meta` sheet (see `renderWorkbook`'s `meta` option);
 * null when the workbook has none, e.g. a file that did not come from us.
 *
 * @throws AppError `xlsx.unreadable` (422).
 */
export const readWorkbookMeta = async (buffer: Buffer): Promise<Record<string, string> | null> => (await openWorkbook(buffer)).meta();
