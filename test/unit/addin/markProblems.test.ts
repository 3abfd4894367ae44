import { describe, expect, it } from 'vitest';
import { markProblems } from '../../../addin/excel/markProblems';
import { palette, problemFill } from '../../../addin/excel/palette';
import { writeGrid } from '../../../addin/excel/writeGrid';
import type { Grid } from '../../../domain/grid/grid';
import { problem } from '../../../domain/problem';
import { FakeExcel } from './fakeExcel';

const grid: Grid = {
  sheetName: '表', columnWidths: [10, 10, 10], formats: [], merges: [], validations: [], lists: {}, frozenRows: 0,
  values: Array.from({ length: 60 }, (_, r) => [`标签${r}`, null, null]),
  styles: [{ range: 'B1:B60', style: 'input' }],
  inputs: [{ range: 'B1:C60' }],
};

const setUp = async () => {
  const fake = new FakeExcel();
  await writeGrid(fake.context, grid);
  return fake;
};

describe('markProblems', () => {
  it('takes the same number of syncs for 1 and 50 problems, on a protected sheet that stays protected', async () => {
    const one = await setUp();
    const before = one.syncs;
    await markProblems(one.context, '表', [problem('x', '错', 'wrong', { cell: 'B2' })], { notes: true });
    const many = await setUp();
    await markProblems(many.context, '表', Array.from({ length: 50 }, (_, i) => problem('x', '错', 'wrong', { cell: `B${i + 1}` })), { notes: true });
    expect(one.syncs - before).toBe(3);
    expect(many.syncs - before).toBe(3);
    expect(many.sheet('表').protected).toBe(true);
    expect(many.sheet('表').notes.size).toBe(50);
  });

  it('colours errors red and warnings yellow, joins messages per cell, and skips problems without a cell', async () => {
    const fake = await setUp();
    await markProblems(fake.context, '表', [
      problem('a', '第一', 'first', { cell: 'B3' }),
      problem('b', '第二', 'second', { cell: 'B3' }, 'warning'),
      problem('c', '提醒', 'note', { cell: 'C4' }, 'warning'),
      problem('d', '整表', 'whole sheet', { path: 'indicators' }),
    ], { notes: true });
    expect(fake.cell('表', 'B3')?.fill).toBe(problemFill.error);
    expect(fake.cell('表', 'C4')?.fill).toBe(problemFill.warning);
    expect(fake.sheet('表').notes.get('B3')).toBe('第一\nfirst\n\n第二\nsecond');
    expect(fake.sheet('表').notes.size).toBe(2);
  });

  it('undoes the previous marks: original fill back, notes gone, also when a cell stays wrong', async () => {
    const fake = await setUp();
    await markProblems(fake.context, '表', [problem('a', '错', 'wrong', { cell: 'B5' }), problem('a', '错', 'wrong', { cell: 'C6' })], { notes: true });
    await markProblems(fake.context, '表', [problem('a', '还错', 'still wrong', { cell: 'B5' })], { notes: true });
    expect(fake.cell('表', 'C6')?.fill).toBeUndefined(); // had no fill before
    expect(fake.sheet('表').notes.get('B5')).toBe('还错\nstill wrong');
    await markProblems(fake.context, '表', [], { notes: true });
    expect(fake.cell('表', 'B5')?.fill).toBe(palette.input.fill);
    expect(fake.sheet('表').notes.size).toBe(0);
  });

  it('survives a note the user deleted by hand', async () => {
    const fake = await setUp();
    await markProblems(fake.context, '表', [problem('a', '错', 'wrong', { cell: 'B7' })], { notes: true });
    fake.sheet('表').notes.delete('B7');
    await expect(markProblems(fake.context, '表', [], { notes: true })).resolves.toBeUndefined();
    expect(fake.cell('表', 'B7')?.fill).toBe(palette.input.fill);
  });
});
