/** An ExcelHost over the recording stand-in, through the real adapter functions (as officeExcelHost does over Excel.run). */
import { pullIntoExcel } from '../../../addin/consolidation/pullIntoExcel';
import type { ExcelHost } from '../../../addin/excel/excelHost';
import { HostError } from '../../../addin/excel/excelHost';
import { markProblems } from '../../../addin/excel/markProblems';
import { readGrid } from '../../../addin/excel/readGrid';
import { readSheetMeta } from '../../../addin/excel/readSheetMeta';
import { selectCell } from '../../../addin/excel/selectCell';
import { selectedCell } from '../../../addin/excel/selectedCell';
import { writeCells } from '../../../addin/excel/writeCells';
import { writeGrid } from '../../../addin/excel/writeGrid';
import { FakeExcel } from './fakeExcel';

export function fakeHost(fake = new FakeExcel(), notes = true): ExcelHost & { fake: FakeExcel } {
  const { context } = fake;
  return {
    fake,
    writeGrid: async (grid, options) => void (await writeGrid(context, grid, options)),
    readMeta: (sheetName) => readSheetMeta(context, sheetName),
    readGrid: async (sheetName) => {
      try {
        return await readGrid(context, sheetName);
      } catch (error) {
        if (error instanceof HostError) throw error;
        throw new HostError('host.failed', String(error), { cause: error });
      }
    },
    markProblems: (sheetName, problems) => markProblems(context, sheetName, problems, { notes }),
    selectCell: (sheetName, address) => selectCell(context, sheetName, address),
    selectedCell: () => selectedCell(context),
    writeCells: (sheetName, cells) => writeCells(context, sheetName, cells),
    pull: async (form, pages, options) => {
      try {
        return await pullIntoExcel(context, pages, { form, ...options });
      } catch (error) {
        fake.discardQueued();
        throw error;
      }
    },
  };
}
