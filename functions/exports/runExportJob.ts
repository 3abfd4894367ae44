import { isAppError } from '../errors/appError';
import { errorCatalogue } from '../errors/errorCatalogue';
import type { StoreContext } from '../store/storeContext';
import { exportConsolidation } from './exportConsolidation';
import type { ExportJob, ExportJobError } from './exportJob';
import { claimExportJob, finishExportJob } from './exportJobStore';
import type { ExportStore } from './exportStore';

/** What a job that failed on something other than an AppError (an outage, a bug) reports. */
const internalError: ExportJobError = {
  code: 'export.internal',
  message_zh: errorCatalogue['export.internal'].zh,
  message_en: errorCatalogue['export.internal'].en,
};

/**
 * The export worker: claims a queued job (queued → running, conditionally, so a second delivery of
 * the same stream record does nothing and returns undefined), streams the export into the store
 * with the principal stored in the job, and records running → done with the file, or → failed with
 * the AppError's code. Anything else is recorded as `export.internal` and then rethrown, so that it
 * counts as a function error (the worker's alarm) and is logged with its cause.
 *
 * @example
 * const job = await runExportJob(store, exports, jobId, () => new Date());
 */
export const runExportJob = async (
  store: StoreContext,
  exports: ExportStore,
  jobId: string,
  now: () => Date,
): Promise<ExportJob | undefined> => {
  const job = await claimExportJob(store, jobId, now());
  if (!job) return undefined;
  try {
    const result = await exportConsolidation(store, exports, job.owner, job.input, now(), job.id);
    return await finishExportJob(store, job.id, { file: { fileName: result.fileName, bytes: result.bytes, rows: result.rows } }, now());
  } catch (error) {
    if (isAppError(error)) {
      return finishExportJob(store, job.id, { error: { code: error.code, message_zh: error.message_zh, message_en: error.message_en } }, now());
    }
    await finishExportJob(store, job.id, { error: internalError }, now());
    throw error;
  }
};
