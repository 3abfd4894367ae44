import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { isAppError } from '../../../functions/errors/appError';
import { openWorkbook, readWorkbookMeta, readWorkbookValues } from '../../../functions/xlsx/readWorkbookValues';
import { renderWorkbook } from '../../../functions/xlsx/renderWorkbook';
import { sampleGrid } from './sampleGrid';

/** A workbook as a filer might save it, built with ExcelJS directly (not through our renderer). */
const userFile = async (fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('填报'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const rejection = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

describe('readWorkbookValues', () => {
  it('reads back exactly the values renderWorkbook wrote, formula-like text restored', async () => {
    const grid = sampleGrid();
    const values = await readWorkbookValues(await renderWorkbook([grid], { protect: true }), grid.sheetName);
    expect(values).toEqual(grid.values);
  });

  it('gives formula cells their cached result', async () => {
    const file = await userFile((sheet) => {
      sheet.getCell('A1').value = 40;
      sheet.getCell('B1').value = { formula: 'A1*2', result: 80 };
      sheet.getCell('C1').value = { formula: 'CONCAT("≥",A1)', result: '≥40' };
      sheet.getCell('D1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
      sheet.getCell('E1').value = { formula: 'A1+1' };
    });
    expect(await readWorkbookValues(file, '填报')).toEqual([[40, 80, '≥40', '#DIV/0!', null]]);
  });

  it('turns rich text into plain text, dates into ISO strings and keeps booleans', async () => {
    const file = await userFile((sheet) => {
      sheet.getCell('A1').value = { richText: [{ text: '校舍', font: { bold: true } }, { text: '维修' }] };
      sheet.getCell('B1').value = new Date(Date.UTC(2026, 2, 31));
      sheet.getCell('C1').value = new Date(Date.UTC(2026, 2, 31, 8, 30));
      sheet.getCell('D1').value = true;
      sheet.getCell('E1').value = { text: '政策文件', hyperlink: 'https://example.gov.cn/doc' };
    });
    expect(await readWorkbookValues(file, '填报')).toEqual([['校舍维修', '2026-03-31', '2026-03-31T08:30:00', true, '政策文件']]);
  });

  it('reads a merged range as its top-left value only', async () => {
    const file = await userFile((sheet) => {
      sheet.getCell('A1').value = '项目名称';
      sheet.mergeCells('A1:C2');
      sheet.getCell('D2').value = 1;
    });
    expect(await readWorkbookValues(file, '填报')).toEqual([
      ['项目名称', null, null, null],
      [null, null, null, 1],
    ]);
  });

  it('strips only the apostrophe our renderer adds', async () => {
    const file = await userFile((sheet) => {
      sheet.getRow(1).values = ["'=SUM(A2)", "'quoted", "''=x", "'-5", '-'];
    });
    expect(await readWorkbookValues(file, '填报')).toEqual([['=SUM(A2)', "'quoted", "'=x", '-5', '-']]);
  });

  it('reads the requested window, padding with null', async () => {
    const file = await userFile((sheet) => {
      sheet.getCell('B2').value = 7;
    });
    expect(await readWorkbookValues(file, '填报')).toEqual([[null, null], [null, 7]]);
    expect(await readWorkbookValues(file, '填报', { rows: 3, columns: 1 })).toEqual([[null], [null], [null]]);
  });

  it('fails with stable codes on a missing sheet, a non-xlsx file and an oversized window', async () => {
    const file = await userFile((sheet) => {
      sheet.getCell('A1').value = 1;
    });
    const missing = await rejection(readWorkbookValues(file, '别的表'));
    expect(isAppError(missing, 'xlsx.sheetMissing') && missing.status).toBe(422);
    const garbage = await rejection(readWorkbookValues(Buffer.from('not a zip file'), '填报'));
    expect(isAppError(garbage, 'xlsx.unreadable') && garbage.message_zh).toContain('.xlsx');
    const huge = await rejection(readWorkbookValues(file, '填报', { rows: 1_048_576, columns: 16_384 }));
    expect(isAppError(huge, 'xlsx.tooLarge') && huge.status).toBe(413);
  });
});

describe('readWorkbookMeta and openWorkbook', () => {
  it('returns null for a workbook without a _meta sheet', async () => {
    expect(await readWorkbookMeta(await userFile(() => undefined))).toBeNull();
  });

  it('reads values and metadata from one load and lists the sheets', async () => {
    const grid = sampleGrid();
    const book = await openWorkbook(await renderWorkbook([grid], { meta: { form: 'targetSheet', version: '2' } }));
    expect(book.sheetNames).toEqual(['绩效目标', '_lists', '_meta']);
    expect(book.meta()).toEqual({ form: 'targetSheet', version: '2' });
    expect(book.values(grid.sheetName, { rows: 1, columns: 1 })).toEqual([['项目支出绩效目标申报表']]);
  });
});
