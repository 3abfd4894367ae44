import { checkSheetInExcel } from '../check/checkSheetInExcel';
import { HostError, type ExcelHost } from '../excel/excelHost';
import { both, type BilingualText } from '../i18n/i18n';

/**
 * The ribbon's 检查 without Office globals: check the form sheet with the project and year the
 * pane stored in it (or the given year for a sheet from elsewhere), mark the cells and select the
 * first problem. Returns a one-line summary in both languages.
 */
export async function runRibbonCheck(host: ExcelHost, sheetName: string, fallbackYear: number): Promise<BilingualText> {
  try {
    const meta = await host.readMeta(sheetName);
    const result = await checkSheetInExcel(host, sheetName, { projectId: meta?.projectId ?? 'unknown', year: meta?.year ?? fallbackYear });
    const first = result.problems.find((p) => p.cell && p.severity === 'error') ?? result.problems.find((p) => p.cell);
    if (first?.cell) await host.selectCell(sheetName, first.cell);
    return result.problems.length === 0 ? both('notice.checkClean') : both('notice.checkFound', { errors: result.errors, warnings: result.warnings });
  } catch (error) {
    if (error instanceof HostError && error.code === 'sheet.missing') return both('notice.sheetMissing', { sheet: sheetName });
    throw error;
  }
}
