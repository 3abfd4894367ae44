import { columnHeader, type ConsolidationColumn } from '../../domain/consolidation/consolidationColumn';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import type { CellValue } from '../../domain/grid/grid';
import type { ConsolidationWorkbookSpec } from './consolidationWorkbookSpec';

/**
 * A consolidation as one CSV table: a CSV file has one sheet, so it holds the indicator rows (each
 * carries its department, project and trace); the header is the zh label then the en label.
 *
 * @example
 * await writeCsv(consolidationCsvRows(source.stream(store, scope, request), consolidationSpec('targetSheet')), output);
 */
export async function* consolidationCsvRows(batches: AsyncIterable<ConsolidationBatch>, spec: ConsolidationWorkbookSpec): AsyncGenerator<CellValue[]> {
  // One header line: a second line would be read as data by every CSV tool.
  yield spec.indicatorColumns.map((column) => columnHeader(column as ConsolidationColumn<never>).replace('\n', ' / '));
  for await (const batch of batches) {
    const included = new Set(batch.projects.filter(spec.includes).map((row) => row.submissionId));
    for (const row of batch.indicators) {
      if (included.has(row.submissionId)) yield spec.indicatorColumns.map((column) => column.value(row));
    }
  }
}
