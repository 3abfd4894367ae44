import { randomUUID } from 'node:crypto';
import { consolidationBilinguals } from '../../domain/consolidation/consolidationForm';
import type { ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import type { Principal } from '../../contract/principal';
import { consolidationScope } from '../consolidation/consolidationScope';
import { consolidationSource } from '../consolidation/consolidationSources';
import type { StoreContext } from '../store/storeContext';
import { consolidationCsvRows } from './consolidationCsvRows';
import { consolidationSpec, disclosureSpec } from './consolidationWorkbookSpec';
import { csvContentType, defaultLinkSeconds, xlsxContentType, type ExportLink, type ExportStore } from './exportStore';
import { writeConsolidationXlsx } from './writeConsolidationXlsx';
import { writeCsv } from './writeCsv';

export interface ExportInput extends ConsolidationRequest {
  /** The finance bureau's consolidation, or the public disclosure (信息公开). */
  kind: 'consolidation' | 'disclosure';
  format: 'xlsx' | 'csv';
}

export interface ExportResult extends ExportLink {
  id: string;
  fileName: string;
  bytes: number;
  /** Rows written: subjects (xlsx only) and indicators. */
  rows: { projects?: number; indicators: number };
}

/** The name a file is offered under, e.g. "绩效目标汇总-2026.xlsx" or "信息公开-绩效目标汇总-2026.csv". */
export const exportFileName = (input: ExportInput): string =>
  `${input.kind === 'disclosure' ? '信息公开-' : ''}${consolidationBilinguals[input.form].zh}汇总-${input.year}.${input.format}`;

/** The media type of an export's format. */
export const exportContentType = (format: ExportInput['format']): string => (format === 'xlsx' ? xlsxContentType : csvContentType);

/**
 * Builds a consolidated or public file on the server as a stream into the export store and returns
 * a time-limited link (docs/architecture.md "Exports as jobs"): the file never sits whole in memory and never passes
 * through the Lambda response. Scope is that of every read: a region for finance roles and
 * auditors, one department for department roles. The export worker (runExportJob) calls it with the
 * job's id as the file's id and the principal stored with the job.
 *
 * @example
 * const result = await exportConsolidation(store, exports, principal, { kind: 'consolidation', format: 'xlsx', year: 2026, form: 'targetSheet' }, new Date());
 */
export const exportConsolidation = async (
  store: StoreContext,
  exports: ExportStore,
  principal: Principal,
  input: ExportInput,
  now: Date,
  id: string = randomUUID(),
): Promise<ExportResult> => {
  const scope = consolidationScope(principal);
  const source = consolidationSource(input.form);
  const spec = input.kind === 'disclosure' ? disclosureSpec(input.form) : consolidationSpec(input.form);
  const request: ConsolidationRequest = {
    year: input.year,
    form: input.form,
    ...(input.budgetTypes ? { budgetTypes: input.budgetTypes } : {}),
    ...(input.departmentIds ? { departmentIds: input.departmentIds } : {}),
    ...(input.statuses ? { statuses: input.statuses } : {}),
  };
  const file = { id, fileName: exportFileName(input), contentType: exportContentType(input.format) };
  let rows: ExportResult['rows'] = { indicators: 0 };
  const { bytes } = await exports.save(file, async (output) => {
    const batches = source.stream(store, scope, request);
    if (input.format === 'xlsx') {
      rows = await writeConsolidationXlsx(batches, spec, output);
    } else {
      // The CSV header line is not a row of data.
      rows = { indicators: (await writeCsv(consolidationCsvRows(batches, spec), output)) - 1 };
    }
  });
  const link = await exports.link(file, now, defaultLinkSeconds);
  return { id: file.id, fileName: file.fileName, bytes, rows, ...link };
};
