import { columnLetter } from '../../domain/grid/address';
import { columnHeader, type ConsolidationColumn } from '../../domain/consolidation/consolidationColumn';
import type { ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import { consolidationSheetNames } from '../../domain/consolidation/consolidationSheets';
import { departmentSummarizer, summaryColumns, summaryRows } from '../../domain/consolidation/departmentSummary';
import { neutralizeValue } from '../../domain/grid/neutralize';
import type { CellValue } from '../../domain/grid/grid';
import { columnWidthPoints } from '../excel/palette';
import { formColumns } from '../../domain/consolidation/formColumns';
import { pullPlanner, type PullPlannerOptions, type PullRequest } from './pullPlanner';

export interface PullProgress {
  projects: number;
  indicators: number;
}

export interface PullOptions extends PullPlannerOptions {
  form: ConsolidationForm;
  /** Called after every request Excel has taken. */
  onProgress?: (progress: PullProgress) => void;
  /**
   * Cancel: no page after the current one is read; the rows already read are written and summed up,
   * so the sheets are a consistent (partial) consolidation.
   */
  signal?: AbortSignal;
  /**
   * Filter buttons on the header rows: AutoFilter needs ExcelApi 1.9, while the manifest asks only for
   * 1.8 (Excel 2019 volume licences stop there), so the host says whether it has it. @default true
   */
  autoFilter?: boolean;
}

export interface PullReport extends PullProgress {
  /** `context.sync()` calls: 1 to find the sheets, 1 per planned request, 1 to finish. */
  syncs: number;
  cancelled: boolean;
  /** The sheets written: 汇总, 项目, 指标 of the form. */
  sheets: string[];
}

type Column = Pick<ConsolidationColumn<never>, 'label' | 'width' | 'format'>;

/** Creates or empties a sheet and writes its header row, widths, frozen header and column formats. */
const prepareSheet = (context: Excel.RequestContext, found: Excel.Worksheet, name: string, columns: readonly Column[], autoFilter: boolean): Excel.Worksheet => {
  const sheet = found.isNullObject ? context.workbook.worksheets.add(name) : found;
  if (!found.isNullObject) {
    if (autoFilter) sheet.autoFilter.remove();
    sheet.getRange().clear('All');
  }
  const last = columnLetter(columns.length - 1);
  const header = sheet.getRange(`A1:${last}1`);
  header.numberFormat = [columns.map(() => '@')];
  header.values = [columns.map((column) => columnHeader(column as ConsolidationColumn<never>))];
  header.format.font.bold = true;
  header.format.wrapText = true;
  columns.forEach((column, i) => {
    sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = columnWidthPoints(column.width);
  });
  sheet.freezePanes.freezeRows(1);
  return sheet;
};

/**
 * Pulls a consolidation into the open workbook (docs/addin.md "Consolidate: pull into the workbook"): 汇总, 项目 and 指标 sheets, created or
 * re-pulled in place (Refresh), with frozen, filtered headers. Rows stream in page by page and go
 * to Excel in requests planned by {@link pullPlanner}, each under Excel on the web's payload limit,
 * so the number of syncs follows the data size (about one per 4 MB), not the row count. Evaluations
 * and recommendations get their own extra columns ({@link formColumns}). Cancelled, it stops after
 * the current page and still finishes the sheets with what was read.
 *
 * @example
 * await Excel.run((context) => pullIntoExcel(context, consolidationPages(getJson, request), { form: 'targetSheet', onProgress, signal }));
 */
export async function pullIntoExcel(context: Excel.RequestContext, batches: AsyncIterable<ConsolidationBatch>, options: PullOptions): Promise<PullReport> {
  const names = consolidationSheetNames(options.form);
  const sheets = context.workbook.worksheets;
  const found = {
    summary: sheets.getItemOrNullObject(names.summary),
    projects: sheets.getItemOrNullObject(names.projects),
    indicators: sheets.getItemOrNullObject(names.indicators),
  };
  for (const sheet of Object.values(found)) sheet.load('isNullObject');
  await context.sync();
  let syncs = 1;

  context.application.suspendApiCalculationUntilNextSync();
  const autoFilter = options.autoFilter !== false;
  const summarySheet = prepareSheet(context, found.summary, names.summary, summaryColumns, autoFilter);
  const { projects: projectColumns, indicators: indicatorColumns } = formColumns(options.form);
  const projectSheet = prepareSheet(context, found.projects, names.projects, projectColumns, autoFilter);
  const indicatorSheet = prepareSheet(context, found.indicators, names.indicators, indicatorColumns, autoFilter);
  const bySheet = new Map<string, Excel.Worksheet>([[names.projects, projectSheet], [names.indicators, indicatorSheet]]);

  const planner = pullPlanner(options);
  planner.start(names.projects, 1, projectColumns.length, projectColumns.map((column) => column.format));
  planner.start(names.indicators, 1, indicatorColumns.length, indicatorColumns.map((column) => column.format));
  const summary = departmentSummarizer();
  const progress: PullProgress = { projects: 0, indicators: 0 };

  const send = async (request: PullRequest) => {
    for (const write of request.writes) {
      const range = bySheet.get(write.sheetName)!.getRange(write.address);
      // Formats before values, so a text column keeps "98.50" as typed.
      if (write.numberFormat) range.numberFormat = write.numberFormat;
      range.values = write.values;
      progress[write.sheetName === names.projects ? 'projects' : 'indicators'] += write.values.length;
    }
    await context.sync();
    syncs++;
    options.onProgress?.({ ...progress });
  };
  const cells = <R>(columns: readonly ConsolidationColumn<R>[], rows: R[]): CellValue[][] =>
    rows.map((row) => columns.map((column) => neutralizeValue(column.value(row))));

  let stopped = false;
  for await (const batch of batches) {
    summary.add(batch.projects);
    for (const request of planner.append(names.projects, cells(projectColumns, batch.projects))) await send(request);
    for (const request of planner.append(names.indicators, cells(indicatorColumns, batch.indicators))) await send(request);
    // Leaving the loop ends the page source, so no further page is asked for.
    if (options.signal?.aborted) {
      stopped = true;
      break;
    }
  }
  // A source that honours the signal may also end by itself once it is aborted.
  const cancelled = stopped || (options.signal?.aborted ?? false);
  for (const request of planner.flush()) await send(request);

  const lines = summaryRows(summary.lines());
  const summaryLast = columnLetter(summaryColumns.length - 1);
  const summaryRange = summarySheet.getRange(`A2:${summaryLast}${lines.length + 1}`);
  summaryRange.values = lines.map((line) => line.map(neutralizeValue));
  for (const [sheet, columns, rows] of [
    [summarySheet, summaryColumns.length, lines.length],
    [projectSheet, projectColumns.length, progress.projects],
    [indicatorSheet, indicatorColumns.length, progress.indicators],
  ] as const) {
    if (autoFilter) sheet.autoFilter.apply(sheet.getRange(`A1:${columnLetter(columns - 1)}${rows + 1}`));
  }
  summarySheet.activate();
  await context.sync();
  return { ...progress, syncs: syncs + 1, cancelled, sheets: [names.summary, names.projects, names.indicators] };
}
