import { ApiProblem } from '../api/apiProblem';
import { pullIntoExcel } from '../consolidation/pullIntoExcel';
import type { ExcelHost } from './excelHost';
import { HostError } from './excelHost';
import { markProblems } from './markProblems';
import { readGrid } from './readGrid';
import { readSheetMeta } from './readSheetMeta';
import { selectCell } from './selectCell';
import { selectedCell } from './selectedCell';
import { watchChanges } from './watchChanges';
import { writeBlocks } from './writeBlocks';
import { writeCells } from './writeCells';
import { writeGrid } from './writeGrid';

/**
 * Runs a batch, turning Office errors into HostError with the Office message kept as cause. Ours
 * pass through: a pull reads pages from the API inside the batch, and a 403 there is the server's.
 */
const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof HostError || error instanceof ApiProblem) throw error;
    throw new HostError('host.failed', (error as Error | null)?.message ?? String(error), { cause: error });
  }
};

/** The ExcelHost of the real task pane: each call is one `Excel.run` batch. */
export function officeExcelHost(): ExcelHost {
  const notes = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
  const autoFilter = Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  return {
    writeGrid: async (grid, options) => {
      await run((context) => writeGrid(context, grid, options));
    },
    readMeta: (sheetName) => run((context) => readSheetMeta(context, sheetName)),
    readGrid: (sheetName) => run((context) => readGrid(context, sheetName)),
    markProblems: (sheetName, problems) => run((context) => markProblems(context, sheetName, problems, { notes })),
    selectCell: (sheetName, address) => run((context) => selectCell(context, sheetName, address)),
    selectedCell: () => run((context) => selectedCell(context)),
    writeCells: (sheetName, cells) => run((context) => writeCells(context, sheetName, cells)),
    writeBlocks: (sheetName, blocks) => run((context) => writeBlocks(context, sheetName, blocks)),
    pull: (form, pages, options) => run((context) => pullIntoExcel(context, pages, { form, autoFilter, ...options })),
    watchChanges: async (sheetName, onChange) => {
      const registration = await run((context) => watchChanges(context, sheetName, onChange));
      // A handler is removed in the context that added it (Office.js event rules).
      return async () => {
        await Excel.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        });
      };
    },
  };
}
