import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import type { CellValue, Grid } from '../../../domain/grid/grid';
import { xmlSafeText } from '../../../domain/values/xmlText';
import { readWorkbookValues } from '../../../functions/xlsx/readWorkbookValues';
import { renderWorkbook } from '../../../functions/xlsx/renderWorkbook';
import { streamingWorkbook } from '../../../functions/xlsx/streamingWorkbook';
import { anyText } from '../../support/anyText';
import { workbookParts, zipOf } from '../../support/zipBombs';
import { collector } from '../consolidation/collect';

// XML 1.0 §2.2: what no part of a package may hold, written raw or as a character reference.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbiddenRaw = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const allowed = (code: number): boolean => code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

/** Every XML part of the package, as text (decoded as UTF-8 with fatal errors: bad UTF-8 is bad XML too). */
const xmlParts = (file: Buffer): string[] => {
  const cfb = (XLSX as unknown as { CFB: { read(data: Buffer, o: { type: 'buffer' }): { FullPaths: string[]; FileIndex: { content: Uint8Array }[] } } }).CFB.read(file, { type: 'buffer' });
  return cfb.FullPaths.flatMap((path, i) => (/\.(xml|rels)$/.test(path) ? [new TextDecoder('utf-8', { fatal: true }).decode(cfb.FileIndex[i]!.content)] : []));
};

/** Asserts that every part holds only characters XML 1.0 allows, character references included. */
const expectWellFormedCharacters = (file: Buffer): void => {
  for (const xml of xmlParts(file)) {
    expect(forbiddenRaw.test(xml)).toBe(false);
    for (const [, hex, decimal] of xml.matchAll(/&#(?:x([0-9a-fA-F]+)|(\d+));/g)) {
      expect(allowed(hex === undefined ? Number(decimal) : parseInt(hex, 16))).toBe(true);
    }
  }
};

/** What a text cell reads back as: the XML-safe text, and an empty text as an empty cell. */
const expected = (text: string): CellValue => (text === '' ? null : xmlSafeText(text));

const texts = fc.array(anyText, { minLength: 1, maxLength: 6 });

describe('no workbook we write is invalid XML', () => {
  it('the export writer: any text is written well-formed and read back by SheetJS as its XML-safe form', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.string({ unit: 'binary', maxLength: 10 }), async (row, sheetName) => {
        const { output, done } = collector();
        const book = streamingWorkbook(output);
        const name = xmlSafeText(sheetName).replace(/[[\]:*?/\\']/g, '') || '表';
        await book.addSheet({ name: name.slice(0, 31), columns: row.map(() => ({ width: 10, format: '@' })), header: row, rows: [row] });
        await book.finish();
        const file = await done;
        expectWellFormedCharacters(file);
        const sheet = XLSX.read(file, { type: 'buffer' }).Sheets[name.slice(0, 31)]!;
        for (const [r, values] of [row, row].entries()) {
          values.forEach((text, c) => {
            const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
            expect(cell?.v ?? null).toEqual(expected(text));
          });
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('templates (ExcelJS): any text is written well-formed and read back by our reader as its XML-safe form', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (row) => {
        const grid: Grid = { sheetName: '绩效目标', values: [row], columnWidths: row.map(() => 12), formats: [], styles: [], merges: [], inputs: [], validations: [], lists: {}, frozenRows: 0 };
        const file = await renderWorkbook([grid], { meta: { note: row.join('') } });
        expectWellFormedCharacters(file);
        // ExcelJS writes a carriage return raw, and XML parsers read it as a line feed (XML 1.0 §2.11).
        const lineEnds = (value: CellValue) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value);
        expect(await readWorkbookValues(file, '绩效目标', { rows: 1, columns: row.length })).toEqual([row.map((text) => lineEnds(expected(text)))]);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});

describe('uploads cannot bring text XML 1.0 cannot carry', () => {
  it('refuses a workbook with U+FFFE (raw or as a character reference) as unreadable (422)', async () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    for (const text of ['\uFFFE', '&#xFFFE;', '&#1;']) {
      const file = await zipOf(workbookParts(() => [`${head}<row r="1"><c r="A1" t="inlineStr"><is><t>a${text}b</t></is></c></row></sheetData></worksheet>`]));
      await expect(readWorkbookValues(file, '填报')).rejects.toMatchObject({ code: 'xlsx.unreadable', status: 422 });
    }
  });
});
