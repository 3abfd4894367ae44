import { describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import { targetSheetFromGrid, targetSheetToGrid } from '../../../domain/forms/targetSheet/targetSheetForm';
import type { CellValue, Grid } from '../../../domain/grid/grid';
import { neutralizeText } from '../../../domain/grid/neutralize';
import { bases, level2sByLevel1, operators, type Indicator, type Level1 } from '../../../domain/model/indicator';
import type { TargetSheet } from '../../../domain/model/targetSheet';
import { renderWorkbook } from '../../../functions/xlsx/renderWorkbook';
import { openWorkbook } from '../../../functions/xlsx/readWorkbookValues';
import { parseRange } from '../../../functions/xlsx/parseRange';
import { readXlsx, type XlsxBook } from '../../support/readXlsx';

const level2Pairs = (Object.entries(level2sByLevel1) as [Level1, readonly string[]][]).flatMap(([level1, level2s]) =>
  level2s.map((level2) => ({ level1, level2 }) as Pick<Indicator, 'level1' | 'level2'>),
);

// Indicators that walk through every level-1/level-2 pair, operator and basis, with text a filer
// could type that looks like a formula.
const indicator = (i: number): Indicator => {
  const operator = operators[i % operators.length]!;
  return {
    ...level2Pairs[i % level2Pairs.length]!,
    name: i % 7 === 3 ? `-第${i + 1}项 校舍维修面积` : `第${i + 1}项 校舍维修面积`,
    operator,
    target: operator === 'qualitative' ? '达到省级标准' : String(50 + i * 0.5),
    unit: operator === 'qualitative' ? '' : '平方米',
    basis: bases[i % bases.length],
    explanation: i % 5 === 0 ? '=HYPERLINK("http://evil.example","详情")' : '按竣工验收报告统计',
  };
};

const sheetWith = (count: number): TargetSheet => ({
  projectId: 'p-school-7',
  year: 2026,
  projectName: '中小学校舍维修改造',
  departmentName: '市教育局',
  unitName: '市教育装备中心',
  isNew: true,
  period: { from: 2026, to: 2027 },
  funding: { fiscalFen: 987_654_321, otherFen: 12_345 },
  overallGoal: '完成全市 40 所中小学校舍维修改造，消除安全隐患',
  annualGoal: '年内完成 25 所学校维修，验收合格率 100%',
  indicators: Array.from({ length: count }, (_, i) => indicator(i)),
});

const neutralized = (values: CellValue[][]): CellValue[][] =>
  values.map((row) => row.map((v) => (typeof v === 'string' ? (v === '' ? null : neutralizeText(v)) : v)));
const asRead = (values: CellValue[][]): CellValue[][] => values.map((row) => row.map((v) => (v === '' ? null : v)));

const cellsOf = (range: string): string[] => {
  const rect = parseRange(range);
  const cells: string[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) cells.push(XLSX.utils.encode_cell({ r, c }));
  return cells;
};

const listItemsAt = (book: XlsxBook, ref: string): CellValue[] => {
  const [sheetName, range] = ref.split('!');
  const rect = parseRange(range!);
  return book.sheet(sheetName!).values.slice(rect.top, rect.bottom + 1).map((row) => row[rect.left] ?? null);
};

const proveLayout = (grid: Grid, book: XlsxBook): void => {
  const sheet = book.sheet(grid.sheetName);
  expect(sheet.state).toBe('visible');
  expect(sheet.values).toEqual(neutralized(grid.values));
  expect([...sheet.merges].sort()).toEqual(grid.merges.map((m) => m.range).sort());
  expect(sheet.frozenRows).toBe(grid.frozenRows);
  expect(grid.columnWidths.map((_, c) => sheet.columnWidths[c] ?? sheet.defaultColumnWidth)).toEqual(grid.columnWidths);
  // Every drop-down of the grid is there, on its range, reading its list from the hidden sheet.
  const bySqref = new Map(sheet.dataValidations.map((v) => [v.sqref, v]));
  expect(sheet.dataValidations).toHaveLength(grid.validations.length);
  for (const { range, list, allowOther } of grid.validations) {
    const written = bySqref.get(range);
    expect(written?.type, range).toBe('list');
    // Lists that allow other values (units) only inform; the others stop a wrong entry.
    expect(written?.attributes.errorStyle, range).toBe(allowOther ? 'information' : 'stop');
    expect(written?.formula1).toMatch(/^_lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    expect(listItemsAt(book, written!.formula1!)).toEqual(grid.lists[list]!.map(neutralizeText));
  }
  expect(book.sheet('_lists').state).toBe('hidden');
  // Protected, with exactly the input cells unlocked.
  expect(sheet.protection).toMatchObject({ sheet: '1' });
  const inputCells = new Set(grid.inputs.flatMap((i) => cellsOf(i.range)));
  grid.values.forEach((row, r) =>
    row.forEach((_, c) => {
      const address = XLSX.utils.encode_cell({ r, c });
      expect(sheet.look(address).locked, address).toBe(!inputCells.has(address));
    }),
  );
};

describe('a real 绩效目标申报表 through the .xlsx renderer', () => {
  it.each([5, 200])('keeps the layout of a sheet with %i indicators (read with SheetJS)', async (count) => {
    const grid = targetSheetToGrid(sheetWith(count));
    const book = readXlsx(await renderWorkbook([grid], { protect: true, meta: { form: 'targetSheet' } }));
    proveLayout(grid, book);
  });

  it.each([5, 200])('reads a sheet with %i indicators back to the same data (ExcelJS reader)', async (count) => {
    const sheet = sheetWith(count);
    const grid = targetSheetToGrid(sheet);
    const file = await renderWorkbook([grid], { protect: true, meta: { form: 'targetSheet', projectId: sheet.projectId } });
    const book = await openWorkbook(file);
    const values = book.values(grid.sheetName);
    expect(values).toEqual(asRead(grid.values));
    expect(book.meta()).toEqual({ form: 'targetSheet', projectId: sheet.projectId });
    const read = targetSheetFromGrid(values, { projectId: sheet.projectId, year: sheet.year });
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.data).toEqual(sheet);
  });

  it('renders 500 indicators in reasonable time', async () => {
    const grid = targetSheetToGrid(sheetWith(500));
    const started = performance.now();
    const file = await renderWorkbook([grid], { protect: true, meta: { form: 'targetSheet' } });
    const renderMs = performance.now() - started;
    const readStarted = performance.now();
    const values = await (await openWorkbook(file)).values(grid.sheetName);
    const readMs = performance.now() - readStarted;
    console.log(`500 indicators: render ${renderMs.toFixed(0)} ms, read ${readMs.toFixed(0)} ms, ${(file.length / 1024).toFixed(0)} KiB`);
    expect(values).toEqual(asRead(grid.values));
    expect(renderMs).toBeLessThan(20_000);
  });
});
