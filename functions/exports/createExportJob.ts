import { randomUUID } from 'node:crypto';
import type { Principal } from '../../contract/principal';
import { consolidationScope } from '../consolidation/consolidationScope';
import type { RecordWriteMeta } from '../services/ruleSetService';
import type { StoreContext } from '../store/storeContext';
import type { ExportInput } from './exportConsolidation';
import { exportJobTtlSeconds, type ExportJob } from './exportJob';
import { putExportJob } from './exportJobStore';
import { exportJobView, type ExportJobView } from './exportJobView';

/**
 * Queues an export: checks now what can be checked cheaply (a role that may consolidate, else 403),
 * then writes the job
 * with the caller's principal as its scope. The file is made later by runExportJob.
 *
 * @example
 * const view = await createExportJob(store, principal, { kind: 'consolidation', format: 'xlsx', year: 2026, form: 'targetSheet' }, { now, requestId });
 */
export const createExportJob = async (
  store: StoreContext,
  principal: Principal,
  input: ExportInput,
  meta: RecordWriteMeta<ExportJobView>,
): Promise<ExportJobView> => {
  consolidationScope(principal);
  const job: ExportJob = {
    id: randomUUID(),
    status: 'queued',
    input,
    owner: principal,
    createdAt: meta.now.toISOString(),
    expiresAt: Math.floor(meta.now.getTime() / 1000) + exportJobTtlSeconds,
  };
  const view = exportJobView(job, meta.now);
  await putExportJob(store, job, meta.idempotency?.(view));
  return view;
};
