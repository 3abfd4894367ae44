import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { columnHeader, type ConsolidationColumn } from '../../domain/consolidation/consolidationColumn';
import type { ConsolidationBatch, ProjectRow } from '../../domain/consolidation/consolidationRow';
import { consolidationHeaderRows } from '../../domain/consolidation/consolidationSheets';
import { departmentSummarizer, summaryColumns, summaryRows } from '../../domain/consolidation/departmentSummary';
import type { CellValue } from '../../domain/grid/grid';
import { neutralizeValue } from '../../domain/grid/neutralize';
import type { ConsolidationWorkbookSpec } from '../../functions/exports/consolidationWorkbookSpec';

import type { ConsolidationFileCounts, WriteXlsxOptions } from '../../functions/exports/writeConsolidationXlsx';

const headerStyle = {
  font: { bold: true },
  fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } },
  alignment: { vertical: 'middle' as const, horizontal: 'center' as const, wrapText: true },
};

/** Private to ExcelJS's streaming writer: the sheets in workbook order, indexed by sheet id. */
interface WorkbookWriterInternals {
  _worksheets: Worksheet[];
}

const addSheet = (
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly { label: { zh: string; en: string }; width: number; format: string }[],
): Worksheet => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: consolidationHeaderRows }] });
  sheet.columns = columns.map((column) => ({ width: column.width, style: { numFmt: column.format } }));
  const header = sheet.addRow(columns.map((column) => columnHeader(column as ConsolidationColumn<never>)));
  header.height = 32;
  header.eachCell((cell) => {
    cell.style = { ...headerStyle, numFmt: '@' };
  });
  header.commit();
  return sheet;
};

// Every text is neutralized against formula injection (docs/api.md, exports); numbers stay numbers.
const addRow = (sheet: Worksheet, values: CellValue[]): void => {
  sheet.addRow(values.map(neutralizeValue)).commit();
};

/** The filter covers the header and every data row. */
const finishSheet = (sheet: Worksheet, columns: number, rows: number): void => {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows, 0) + consolidationHeaderRows, column: columns } };
  sheet.commit();
};

/**
 * Lets the zip catch up: ExcelJS's `commit()` of a row never blocks, so without a turn of the event
 * loop the rows of a fast source pile up in memory before the zip compresses them; and when the
 * destination is full, waits for it to drain (backpressure).
 */
const letZipDrain = async (output: Writable): Promise<void> => {
  await nextTurn();
  if (output.writableNeedDrain) await once(output, 'drain');
};

/**
 * The benchmark's reference (what exports used before functions/xlsx/streamingWorkbook.ts): the
 * same workbook through ExcelJS's streaming writer. Streams a consolidated workbook into `output` with ExcelJS's streaming writer: 汇总 (by
 * department), 项目 and 指标, each with a frozen, filtered header. Indicator rows are written and
 * flushed as batches arrive, so memory holds one batch plus the project rows (one per subject),
 * never the workbook. The zip writes the 指标 part first; the sheets are then put in reading order
 * (汇总, 项目, 指标) in the workbook part. Ends `output`.
 *
 * @example
 * const counts = await writeConsolidationXlsx(source.stream(store, scope, request), consolidationSpec('targetSheet'), createWriteStream('out.xlsx'));
 */
export const writeConsolidationXlsxWithExcelJs = async (
  batches: AsyncIterable<ConsolidationBatch>,
  spec: ConsolidationWorkbookSpec,
  output: Writable,
  options: WriteXlsxOptions = {},
): Promise<ConsolidationFileCounts> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: options.compressionLevel ?? 6 } },
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  workbook.creator = 'Jixiao 绩效';

  const indicatorSheet = addSheet(workbook, spec.sheetNames.indicators, spec.indicatorColumns);
  const projectCells: CellValue[][] = [];
  const summary = departmentSummarizer();
  let indicators = 0;
  for await (const batch of batches) {
    const included = new Set<string>();
    const projects: ProjectRow[] = [];
    for (const row of batch.projects) {
      if (!spec.includes(row)) continue;
      included.add(row.submissionId);
      projects.push(row);
      projectCells.push(spec.projectColumns.map((column) => column.value(row)));
    }
    summary.add(projects);
    for (const row of batch.indicators) {
      if (!included.has(row.submissionId)) continue;
      addRow(indicatorSheet, spec.indicatorColumns.map((column) => column.value(row)));
      indicators++;
    }
    await letZipDrain(output);
  }
  finishSheet(indicatorSheet, spec.indicatorColumns.length, indicators);

  const projectSheet = addSheet(workbook, spec.sheetNames.projects, spec.projectColumns);
  for (const cells of projectCells) addRow(projectSheet, cells);
  finishSheet(projectSheet, spec.projectColumns.length, projectCells.length);

  const summarySheet = addSheet(workbook, spec.sheetNames.summary, summaryColumns);
  const lines = summaryRows(summary.lines());
  for (const cells of lines) addRow(summarySheet, cells);
  finishSheet(summarySheet, summaryColumns.length, lines.length);

  // Reading order in workbook.xml follows this array (sheet ids, and so part names, are unchanged).
  const internals = workbook as unknown as WorkbookWriterInternals;
  internals._worksheets = [summarySheet, projectSheet, indicatorSheet];
  await workbook.commit();
  return { projects: projectCells.length, indicators };
};
