import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import XLSX from '@e965/xlsx';
import type { Grid } from '../../../domain/grid/grid';
import { neutralizeText } from '../../../domain/grid/neutralize';
import { renderWorkbook } from '../../../functions/xlsx/renderWorkbook';
import { readWorkbookMeta, readWorkbookValues } from '../../../functions/xlsx/readWorkbookValues';
import { readXlsx, type XlsxBook } from '../../support/readXlsx';
import { sampleGrid } from './sampleGrid';

/** Resolves `_lists!$B$2:$B$5` through the independent reader to the items it points at. */
const resolveListRef = (book: XlsxBook, ref: string): unknown[] => {
  const match = /^(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!match) throw new Error(`not an absolute range: ${ref}`);
  const [, sheetName, fromCol, fromRow, toCol, toRow] = match;
  expect(fromCol).toBe(toCol);
  const c = XLSX.utils.decode_col(fromCol!);
  const values = book.sheet(sheetName!).values;
  return values.slice(Number(fromRow) - 1, Number(toRow)).map((row) => row[c]);
};

describe('renderWorkbook, read back with SheetJS', () => {
  it('writes values, Chinese text intact, numbers as numbers and formula-like text neutralized', async () => {
    const grid = sampleGrid();
    const book = readXlsx(await renderWorkbook([grid]));
    expect(book.sheetNames).toEqual(['绩效目标', '_lists']);
    const sheet = book.sheet('绩效目标');
    expect(sheet.values).toEqual(grid.values.map((row) => row.map((v) => (typeof v === 'string' ? neutralizeText(v) : v))));
    expect(sheet.values[1]?.[1]).toBe('\'=HYPERLINK("http://evil.example","点击")');
    expect(sheet.values[4]?.[2]).toBe("'-12.5");
    expect(sheet.values[4]?.[3]).toBe("'@备注");
    expect(sheet.values[3]?.[2]).toBe(50);
    expect(sheet.values[5]?.[2]).toBe(62.5);
    // No cell is a formula: nothing can run when the file is opened.
    expect(sheet.xml).not.toMatch(/<f[ >]/);
  });

  it('writes merges, column widths and frozen header rows', async () => {
    const grid = sampleGrid();
    const sheet = readXlsx(await renderWorkbook([grid])).sheet('绩效目标');
    expect(sheet.merges.sort()).toEqual(grid.merges.map((m) => m.range).sort());
    expect(grid.columnWidths.map((_, c) => sheet.columnWidths[c] ?? sheet.defaultColumnWidth)).toEqual(grid.columnWidths);
    expect(sheet.frozenRows).toBe(3);
  });

  it('paints the palette and number formats', async () => {
    const sheet = readXlsx(await renderWorkbook([sampleGrid()])).sheet('绩效目标');
    expect(sheet.look('A1')).toMatchObject({ bold: true, fontSize: 16 });
    expect(sheet.look('A2').fillArgb).toBe('FFF2F2F2');
    expect(sheet.look('B3')).toMatchObject({ bold: true, hasBorder: true });
    expect(sheet.look('C4')).toMatchObject({ fillArgb: 'FFFFF2CC', numFmt: '0.00', hasBorder: true });
    expect(sheet.look('C6')).toMatchObject({ fillArgb: 'FFDDEBF7', numFmt: '0.00' });
    expect(sheet.look('A7').italic).toBe(true);
  });

  it('puts drop-downs on absolute ranges of a hidden lists sheet holding the list items', async () => {
    const grid = sampleGrid();
    const book = readXlsx(await renderWorkbook([grid]));
    const [validation, ...others] = book.sheet('绩效目标').dataValidations;
    expect(others).toEqual([]);
    expect(validation).toMatchObject({ sqref: 'B4:B5', type: 'list', formula1: '_lists!$A$2:$A$5' });
    expect(validation?.attributes).toMatchObject({ allowBlank: '1', showErrorMessage: '1' });
    expect(resolveListRef(book, validation!.formula1!)).toEqual(grid.lists.operator);
    expect(book.sheet('_lists').state).toBe('hidden');
    expect(book.sheet('_lists').values[0]?.[0]).toBe('operator');
  });

  it('keeps a long list out of the 255-character inline limit', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `指标库第${i + 1}项：新建学校数量`);
    const grid: Grid = { ...sampleGrid(), lists: { ...sampleGrid().lists, names }, validations: [{ range: 'A4:A5', list: 'names' }] };
    const book = readXlsx(await renderWorkbook([grid]));
    const [validation] = book.sheet('绩效目标').dataValidations;
    expect(validation?.formula1).toBe('_lists!$B$2:$B$301');
    expect(resolveListRef(book, validation!.formula1!)).toEqual(names);
  });

  it('can make the helper sheets very hidden', async () => {
    const book = readXlsx(await renderWorkbook([sampleGrid()], { hiddenSheetState: 'veryHidden', meta: { form: 'targetSheet' } }));
    expect(book.sheet('绩效目标').state).toBe('visible');
    expect(book.sheet('_lists').state).toBe('veryHidden');
    expect(book.sheet('_meta').state).toBe('veryHidden');
  });

  it('protects every sheet with only the input cells unlocked', async () => {
    const grid = sampleGrid();
    const book = readXlsx(await renderWorkbook([grid], { protect: true, meta: { form: 'targetSheet' } }));
    const sheet = book.sheet('绩效目标');
    expect(sheet.protection).toMatchObject({ sheet: '1' });
    expect(book.sheet('_lists').protection).toMatchObject({ sheet: '1' });
    expect(book.sheet('_meta').protection).toMatchObject({ sheet: '1' });
    const unlocked = new Set(['B2', 'C2', 'D2', 'B4', 'C4', 'D4', 'B5', 'C5', 'D5']);
    grid.values.forEach((row, r) =>
      row.forEach((_, c) => {
        const address = XLSX.utils.encode_cell({ r, c });
        expect(sheet.look(address).locked, address).toBe(!unlocked.has(address));
      }),
    );
    expect(book.part('xl/styles.xml')).toContain('<protection locked="0"/>');
  });

  it('does not protect unless asked, and hashes a password when given', async () => {
    expect(readXlsx(await renderWorkbook([sampleGrid()])).sheet('绩效目标').protection).toBeNull();
    const book = readXlsx(await renderWorkbook([sampleGrid()], { protect: true, password: 'p@ss' }));
    const withPassword = book.sheet('绩效目标');
    expect(withPassword.protection).toMatchObject({ sheet: '1', algorithmName: 'SHA-512', spinCount: '100000' });
    expect(withPassword.protection?.hashValue).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(withPassword.xml).not.toContain('p@ss');
    // Hashed once, the same salt and hash protect the lists sheet too.
    expect(book.sheet('_lists').protection).toEqual(withPassword.protection);
  });

  it('writes metadata to a hidden sheet that readWorkbookMeta reads back', async () => {
    const meta = { form: 'targetSheet', subject: 'project:P-001', version: '3', checksum: 'sha256:ab12', note: '=not a formula' };
    const file = await renderWorkbook([sampleGrid()], { meta });
    const book = readXlsx(file);
    expect(book.sheet('_meta').state).toBe('hidden');
    expect(book.sheet('_meta').values).toContainEqual(['note', "'=not a formula"]);
    expect(await readWorkbookMeta(file)).toEqual(meta);
    expect(await readWorkbookMeta(await renderWorkbook([sampleGrid()]))).toBeNull();
  });

  it('renders several grids, sharing identical lists and keeping different ones apart', async () => {
    const first = sampleGrid();
    const second: Grid = { ...sampleGrid(), sheetName: '第二张' };
    const third: Grid = { ...sampleGrid(), sheetName: '第三张', lists: { operator: ['≥', '≤'] } };
    const book = readXlsx(await renderWorkbook([first, second, third]));
    expect(book.sheetNames).toEqual(['绩效目标', '第二张', '第三张', '_lists']);
    const refs = book.sheetNames.slice(0, 3).map((name) => book.sheet(name).dataValidations[0]?.formula1);
    expect(refs).toEqual(['_lists!$A$2:$A$5', '_lists!$A$2:$A$5', '_lists!$B$2:$B$3']);
    expect(resolveListRef(book, refs[2]!)).toEqual(['≥', '≤']);
  });

  it('neutralizes list items and gives an empty list no drop-down', async () => {
    const grid: Grid = {
      ...sampleGrid(),
      lists: { operator: ['=1+1', '≥'], empty: [] },
      validations: [{ range: 'B4:B5', list: 'operator' }, { range: 'D4:D5', list: 'empty' }],
    };
    const book = readXlsx(await renderWorkbook([grid]));
    expect(book.sheet('绩效目标').dataValidations.map((v) => v.sqref)).toEqual(['B4:B5']);
    expect(book.sheet('_lists').values.map((row) => row[0])).toEqual(['operator', "'=1+1", '≥']);
  });

  it('writes no lists sheet when no grid has a list', async () => {
    const grid: Grid = { ...sampleGrid(), lists: {}, validations: [] };
    expect(readXlsx(await renderWorkbook([grid])).sheetNames).toEqual(['绩效目标']);
  });

  it('replaces characters XML cannot hold with U+FFFD instead of writing a corrupt file (docs/api.md)', async () => {
    const grid: Grid = { ...sampleGrid(), values: [['a\u0001b', 'x\u001fy\u007f', '换行\n保留']], columnWidths: [10, 10, 10] };
    const file = await renderWorkbook([{ ...grid, styles: [], formats: [], merges: [], inputs: [], validations: [] }]);
    // U+0001 and U+001F become U+FFFD; the DEL (U+007F) does not come back from either reader.
    expect(readXlsx(file).sheet('绩效目标').values).toEqual([['a\ufffdb', 'x\ufffdy', '换行\n保留']]);
    expect(await readWorkbookValues(file, '绩效目标')).toEqual([['a\ufffdb', 'x\ufffdy', '换行\n保留']]);
  });

  it('rejects what would make a broken workbook', async () => {
    await expect(renderWorkbook([])).rejects.toThrow(/at least one grid/);
    await expect(renderWorkbook([sampleGrid(), sampleGrid()])).rejects.toThrow(/used twice/);
    await expect(renderWorkbook([{ ...sampleGrid(), sheetName: '_LISTS' }])).rejects.toThrow(/reserved/);
    await expect(renderWorkbook([{ ...sampleGrid(), sheetName: '项'.repeat(32) }])).rejects.toThrow(/31 characters/);
    await expect(renderWorkbook([{ ...sampleGrid(), validations: [{ range: 'B4', list: 'nope' }] }])).rejects.toThrow(/unknown list/);
    await expect(renderWorkbook([{ ...sampleGrid(), merges: [{ range: 'B4:' }] }])).rejects.toThrow(/not an A1 range/);
    await expect(renderWorkbook([{ ...sampleGrid(), values: [['=' + 'x'.repeat(32_766)]] }])).rejects.toThrow(/32767 characters in A1/);
  });

  it('round-trips any text through render and read, whatever it starts with', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.array(fc.constantFrom('=', '+', '-', '@', '＝', "'", ' ', '\t', '\n', '项', '1'), { maxLength: 6 }).map((cs) => cs.join('')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), async (texts) => {
        const grid: Grid = { ...sampleGrid(), values: [texts], columnWidths: texts.map(() => 10), styles: [], formats: [], merges: [], inputs: [], validations: [], lists: {}, frozenRows: 0 };
        const file = await renderWorkbook([grid]);
        const expected = texts.map((t) => (t === '' ? null : t));
        expect(await readWorkbookValues(file, '绩效目标', { rows: 1, columns: texts.length })).toEqual([expected]);
        const independent = readXlsx(file).sheet('绩效目标').values[0] ?? [];
        texts.forEach((t, c) => expect(independent[c] ?? null).toBe(t === '' ? null : neutralizeText(t)));
      }),
      { numRuns: 40 },
    );
  });
});
