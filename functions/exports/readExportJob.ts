import { financeRoles } from '../../domain/model/role';
import type { Principal } from '../../contract/principal';
import { notFound } from '../errors/appError';
import type { StoreContext } from '../store/storeContext';
import { exportContentType } from './exportConsolidation';
import type { ExportJob } from './exportJob';
import { getExportJob } from './exportJobStore';
import { exportJobView, type DoneExportJobView, type ExportJobView } from './exportJobView';
import { defaultLinkSeconds, type ExportStore } from './exportStore';

// Job ids are UUIDs; anything else cannot name a job.
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The principal who asked for the export, or the finance bureau of its region. */
const mayRead = (principal: Principal, job: ExportJob): boolean =>
  principal.regionId === job.owner.regionId &&
  (principal.subject === job.owner.subject || principal.roles.some((role) => financeRoles.includes(role)));

/**
 * A job's status for `GET /v1/exports/{id}`, with a fresh link when it is done. A job that does not
 * exist, has expired (TTL deletes lazily) or belongs to someone else is 404 alike.
 *
 * @example
 * const view = await readExportJob(store, exports, principal, id, now);
 */
export const readExportJob = async (
  store: StoreContext,
  exports: ExportStore,
  principal: Principal,
  jobId: string,
  now: Date,
): Promise<ExportJobView | DoneExportJobView> => {
  const job = uuid.test(jobId) ? await getExportJob(store, jobId) : undefined;
  if (!job || job.expiresAt * 1000 <= now.getTime() || !mayRead(principal, job)) throw notFound('导出任务', 'Export job');
  if (job.status !== 'done' || !job.file) return exportJobView(job, now);
  const link = await exports.link({ id: job.id, fileName: job.file.fileName, contentType: exportContentType(job.input.format) }, now, defaultLinkSeconds);
  return exportJobView(job, now, link);
};
