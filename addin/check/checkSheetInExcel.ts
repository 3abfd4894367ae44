import { checkTargetSheet } from '../../domain/checks/checkTargetSheet';
import { targetSheetFromGrid } from '../../domain/forms/targetSheet/targetSheetForm';
import type { TargetSheet } from '../../domain/model/targetSheet';
import type { Problem } from '../../domain/problem';
import type { ExcelHost } from '../excel/excelHost';

export interface SheetCheck {
  /** The typed sheet when the grid reads (warnings and check errors may remain). */
  data?: TargetSheet;
  /** Reading problems and check problems, each with its cell. */
  problems: Problem[];
  errors: number;
  warnings: number;
}

/**
 * The check behind both the pane's 检查 button and the ribbon command: read the sheet, turn the
 * grid into a TargetSheet, run the same checks the server runs at submit, and mark the cells.
 */
export async function checkSheetInExcel(
  host: ExcelHost,
  sheetName: string,
  context: { projectId: string; year: number; projectAmountFen?: number },
): Promise<SheetCheck> {
  const values = await host.readGrid(sheetName);
  const read = targetSheetFromGrid(values, { projectId: context.projectId, year: context.year });
  const problems = read.data
    ? [...read.problems, ...checkTargetSheet(read.data, { indicatorRows: read.indicatorRows, projectAmountFen: context.projectAmountFen })]
    : read.problems;
  await host.markProblems(sheetName, problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { data: read.data, problems, errors, warnings: problems.length - errors };
}
