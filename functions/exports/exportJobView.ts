import { errorCatalogue } from '../errors/errorCatalogue';
import { exportJobQueueSeconds, exportWorkerTimeoutSeconds, type ExportJob, type ExportJobError, type ExportJobFile, type ExportJobStatus } from './exportJob';
import type { ExportInput } from './exportConsolidation';
import type { ExportLink } from './exportStore';

/** What `POST /v1/exports` and `GET /v1/exports/{id}` answer (docs/api.md "Routes: consolidation, exports, offline workbooks, disclosure"). */
export interface ExportJobView extends Pick<ExportInput, 'kind' | 'format' | 'year' | 'form'> {
  id: string;
  status: ExportJobStatus;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** When failed. */
  error?: ExportJobError;
}

/** A finished job's view: the file and a fresh link. */
export type DoneExportJobView = ExportJobView & ExportJobFile & ExportLink;

const timedOut: ExportJobError = {
  code: 'export.timedOut',
  message_zh: errorCatalogue['export.timedOut'].zh,
  message_en: errorCatalogue['export.timedOut'].en,
};

const secondsSince = (iso: string, now: Date): number => (now.getTime() - Date.parse(iso)) / 1000;

/**
 * The status a caller sees. A job the worker can no longer finish is reported as failed
 * (`export.timedOut`) though its item still says queued or running: one still queued an hour after
 * it was made (its stream record was never processed), or one running past the worker's timeout
 * plus a minute (the function was cut off before it could record anything).
 *
 * @example
 * exportJobStatus(job, new Date()) // { status: 'running' }
 */
export const exportJobStatus = (job: ExportJob, now: Date): { status: ExportJobStatus; error?: ExportJobError } => {
  if (job.status === 'queued' && secondsSince(job.createdAt, now) > exportJobQueueSeconds) return { status: 'failed', error: timedOut };
  if (job.status === 'running' && job.startedAt !== undefined && secondsSince(job.startedAt, now) > exportWorkerTimeoutSeconds + 60) {
    return { status: 'failed', error: timedOut };
  }
  return { status: job.status, ...(job.error ? { error: job.error } : {}) };
};

/**
 * The view of a job; `link` is the fresh download link of a done job (the caller signs it).
 *
 * @example
 * json(200, exportJobView(job, now, await exports.link(file, now, defaultLinkSeconds)))
 */
export const exportJobView = (job: ExportJob, now: Date, link?: ExportLink): ExportJobView | DoneExportJobView => {
  const view: ExportJobView = {
    id: job.id,
    ...exportJobStatus(job, now),
    kind: job.input.kind,
    format: job.input.format,
    year: job.input.year,
    form: job.input.form,
    createdAt: job.createdAt,
    ...(job.startedAt ? { startedAt: job.startedAt } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
  };
  return job.status === 'done' && job.file && link ? { ...view, ...job.file, ...link } : view;
};
