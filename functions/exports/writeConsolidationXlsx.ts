import type { Writable } from 'node:stream';
import { columnHeader, type ConsolidationColumn } from '../../domain/consolidation/consolidationColumn';
import type { ConsolidationBatch, ProjectRow } from '../../domain/consolidation/consolidationRow';
import { departmentSummarizer, summaryColumns, summaryRows } from '../../domain/consolidation/departmentSummary';
import type { CellValue } from '../../domain/grid/grid';
import { neutralizeValue } from '../../domain/grid/neutralize';
import { streamingWorkbook, type StreamedSheet } from '../xlsx/streamingWorkbook';
import type { ConsolidationWorkbookSpec } from './consolidationWorkbookSpec';

export interface ConsolidationFileCounts {
  projects: number;
  indicators: number;
}

export interface WriteXlsxOptions {
  /** zlib level of the zip (default 1, see `streamingWorkbook`). */
  compressionLevel?: number;
}

type Columns = readonly { label: { zh: string; en: string }; width: number; format: string }[];

/** A sheet of the consolidated workbook: header labels "中文\nEnglish", every text neutralized. */
const sheetOf = (name: string, columns: Columns, rows: Iterable<CellValue[]> | AsyncIterable<CellValue[]>): StreamedSheet => ({
  name,
  columns,
  header: columns.map((column) => columnHeader(column as ConsolidationColumn<never>)),
  rows,
});

// Every text is neutralized against formula injection (docs/api.md, consolidated files); numbers stay numbers.
const neutralized = (cells: CellValue[]): CellValue[] => cells.map(neutralizeValue);

/**
 * Streams a consolidated workbook into `output`: 汇总 (by department), 项目 and 指标, each with a
 * frozen, filtered header. Indicator rows are written and compressed as batches arrive, so memory
 * holds one batch plus the project rows (one per subject), never the workbook. The zip holds the 指标
 * part first; the workbook part lists the sheets in reading order (汇总, 项目, 指标). Ends `output`.
 *
 * @example
 * const counts = await writeConsolidationXlsx(source.stream(store, scope, request), consolidationSpec('targetSheet'), createWriteStream('out.xlsx'));
 */
export const writeConsolidationXlsx = async (
  batches: AsyncIterable<ConsolidationBatch>,
  spec: ConsolidationWorkbookSpec,
  output: Writable,
  options: WriteXlsxOptions = {},
): Promise<ConsolidationFileCounts> => {
  const book = streamingWorkbook(output, { creator: 'Jixiao 绩效', ...options });
  const projectCells: CellValue[][] = [];
  const summary = departmentSummarizer();

  async function* indicatorRows(): AsyncGenerator<CellValue[]> {
    for await (const batch of batches) {
      const included = new Set<string>();
      const projects: ProjectRow[] = [];
      for (const row of batch.projects) {
        if (!spec.includes(row)) continue;
        included.add(row.submissionId);
        projects.push(row);
        projectCells.push(neutralized(spec.projectColumns.map((column) => column.value(row))));
      }
      summary.add(projects);
      for (const row of batch.indicators) {
        if (included.has(row.submissionId)) yield neutralized(spec.indicatorColumns.map((column) => column.value(row)));
      }
    }
  }

  const indicators = await book.addSheet(sheetOf(spec.sheetNames.indicators, spec.indicatorColumns, indicatorRows()));
  await book.addSheet(sheetOf(spec.sheetNames.projects, spec.projectColumns, projectCells));
  await book.addSheet(sheetOf(spec.sheetNames.summary, summaryColumns, summaryRows(summary.lines()).map(neutralized)));
  await book.finish([spec.sheetNames.summary, spec.sheetNames.projects, spec.sheetNames.indicators]);
  return { projects: projectCells.length, indicators };
};
