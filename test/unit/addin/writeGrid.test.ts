import { describe, expect, it } from 'vitest';
import { targetSheetToGrid } from '../../../domain/forms/targetSheet/targetSheetForm';
import type { Grid } from '../../../domain/grid/grid';
import type { Indicator } from '../../../domain/model/indicator';
import type { TargetSheet } from '../../../domain/model/targetSheet';
import { readGrid } from '../../../addin/excel/readGrid';
import { writeGrid } from '../../../addin/excel/writeGrid';
import { listsSheetName } from '../../../addin/excel/sheetNames';
import { FakeExcel } from './fakeExcel';

const indicator = (i: number): Indicator => ({
  level1: 'output', level2: 'quantity', name: `义务教育学生资助人数（第${i + 1}项）`, operator: 'gte',
  target: String(100 + i), unit: '人次', basis: 'plan', explanation: '按学籍系统核定的资助对象人数统计，含寄宿生生活补助与营养改善计划'.repeat(2),
});

const sheetWith = (count: number): TargetSheet => ({
  projectId: 'p-edu-1', year: 2026, projectName: '义务教育学生资助', departmentName: '市教育局', unitName: '市学生资助管理中心',
  isNew: false, period: { from: 2026, to: 2028 }, funding: { fiscalFen: 123_456_789, otherFen: 1_000_000 },
  overallGoal: '保障家庭经济困难学生顺利完成学业', annualGoal: '全年资助困难学生不少于 1.2 万人次',
  indicators: Array.from({ length: count }, (_, i) => indicator(i)),
});

const write = async (count: number, fake = new FakeExcel()) => {
  const grid = targetSheetToGrid(sheetWith(count));
  const report = await writeGrid(fake.context, grid);
  return { fake, grid, report };
};

describe('writeGrid (Office.js adapter) against the recording stand-in', () => {
  it('makes the same number of syncs for 5 and 200 indicators', async () => {
    const five = await write(5);
    const twoHundred = await write(200);
    expect(five.fake.syncs).toBe(2);
    expect(twoHundred.fake.syncs).toBe(five.fake.syncs);
    expect(twoHundred.report.syncs).toBe(twoHundred.fake.syncs);
    // Reusing the sheet (a second write into the same workbook) costs the same.
    const again = new FakeExcel();
    await write(5, again);
    await write(200, again);
    expect(again.syncs).toBe(4);
  });

  it('keeps every request of a 500-indicator form under 5 MB', async () => {
    const { fake, grid } = await write(500);
    expect(grid.values.length).toBeGreaterThan(500);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    // The whole form still went in one request after the existence check.
    expect(fake.syncs).toBe(2);
    expect(fake.calculationSuspended).toBe(1);
  });

  it('splits a grid bigger than the request budget into more requests, each under the budget', async () => {
    const wide: Grid = {
      sheetName: '大表', columnWidths: [20, 20], formats: [], styles: [], merges: [], inputs: [], validations: [], lists: {}, frozenRows: 0,
      values: Array.from({ length: 3000 }, (_, r) => [`第${r}行`, '长'.repeat(400)]),
    };
    const fake = new FakeExcel();
    const report = await writeGrid(fake.context, wide, { requestBudgetBytes: 1_000_000, chunkBytes: 250_000 });
    expect(report.valueChunks).toBeGreaterThan(3);
    expect(fake.syncs).toBeGreaterThan(2);
    expect(report.syncs).toBe(fake.syncs);
    for (const bytes of fake.requestBytes) expect(bytes).toBeLessThan(1_100_000);
    expect(fake.cell('大表', 'A3000')?.value).toBe('第2999行');
  });

  it('writes values that read back to the grid, with text that looks like a formula kept as text', async () => {
    const sheet = sheetWith(3);
    sheet.indicators[0]!.explanation = '=HYPERLINK("http://x")';
    const grid = targetSheetToGrid(sheet);
    const fake = new FakeExcel();
    await writeGrid(fake.context, grid);
    const values = await readGrid(fake.context, grid.sheetName);
    const blankToNull = (rows: unknown[][]) => rows.map((row) => row.map((v) => (v === '' ? null : v)));
    // The trailing blank indicator rows are not "used": compare the used part.
    expect(blankToNull(values)).toEqual(blankToNull(grid.values).slice(0, values.length));
    // The explanation of the first indicator (row 16, column H) went in as text, with the apostrophe.
    expect(fake.textPrefixed).toContain(`${grid.sheetName}!H16`);
    expect(fake.textPrefixed).not.toContain(`${grid.sheetName}!H17`);
    expect(fake.cell(grid.sheetName, 'H16')?.value).toBe('=HYPERLINK("http://x")');
  });

  it('puts the lists on a hidden _lists sheet and points every drop-down there', async () => {
    const { fake, grid } = await write(5);
    const lists = fake.sheet(listsSheetName);
    expect(lists.visibility).toBe('Hidden');
    const form = fake.sheet(grid.sheetName);
    expect(form.validations.size).toBe(grid.validations.length);
    for (const source of form.validations.values()) expect(source).toMatch(/^=_lists!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
    // The level-1 drop-down lists exactly the level-1 labels, in order.
    const level1 = grid.validations.find((v) => v.list === 'level1')!;
    const source = [...form.validations.entries()].find(([range]) => range === level1.range)![1];
    const [, column, , last] = /\$([A-Z]+)\$1:\$([A-Z]+)\$(\d+)$/.exec(source)!;
    const items = Array.from({ length: Number(last) }, (_, i) => fake.cell(listsSheetName, `${column}${i + 1}`)?.value);
    expect(items).toEqual(grid.lists.level1);
  });

  it('locks labels, unlocks inputs and protects the sheet; read-only mode locks inputs too', async () => {
    const { fake, grid } = await write(5);
    const form = fake.sheet(grid.sheetName);
    expect(form.protected).toBe(true);
    expect(form.frozenRows).toBe(grid.frozenRows);
    expect(fake.cell(grid.sheetName, 'A1')?.locked).toBe(true); // the title
    expect(fake.cell(grid.sheetName, 'A3')?.locked).toBe(true); // 项目名称 label
    for (const { range } of grid.inputs) {
      const first = range.split(':')[0]!;
      expect(fake.cell(grid.sheetName, first)?.locked, range).toBe(false);
    }
    const review = new FakeExcel();
    await writeGrid(review.context, grid, { readOnly: true });
    const firstInput = grid.inputs[0]!.range.split(':')[0]!;
    expect(review.cell(grid.sheetName, firstInput)?.locked).toBe(true);
    expect(review.sheet(grid.sheetName).protected).toBe(true);
  });

  it('applies number formats, merges, styles and column widths from the grid', async () => {
    const { fake, grid } = await write(5);
    const form = fake.sheet(grid.sheetName);
    expect(form.merges).toEqual(grid.merges.map((m) => m.range));
    const money = grid.formats.find((f) => f.format.includes('0.00'))!;
    expect(fake.cell(grid.sheetName, money.range.split(':')[0]!)?.numberFormat).toBe(money.format);
    const header = grid.styles.find((s) => s.style === 'header')!;
    const headerCell = fake.cell(grid.sheetName, header.range.split(':')[0]!)!;
    expect(headerCell.bold).toBe(true);
    expect(headerCell.borders).toContain('EdgeTop');
    expect(form.columnWidths.size).toBe(grid.columnWidths.length);
  });

  it('reuses an existing sheet: earlier content, merges and validations are cleared first', async () => {
    const fake = new FakeExcel();
    const big = await write(40, fake);
    const small = targetSheetToGrid(sheetWith(1));
    await writeGrid(fake.context, small);
    const values = await readGrid(fake.context, small.sheetName);
    expect(values.length).toBeLessThan(big.grid.values.length);
    expect(fake.sheet(small.sheetName).merges).toEqual(small.merges.map((m) => m.range));
    expect(fake.sheetOrder.filter((n) => n === small.sheetName)).toHaveLength(1);
  });
});
