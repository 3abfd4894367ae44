import type { Principal } from '../../contract/principal';
import type { ErrorCode } from '../errors/errorCatalogue';
import type { ExportInput, ExportResult } from './exportConsolidation';

/** queued → running → done | failed; only the worker moves a job on, each step a conditional update. */
export type ExportJobStatus = 'queued' | 'running' | 'done' | 'failed';

/** Why a job failed: the AppError's code and messages (docs/api.md "Problems"). */
export interface ExportJobError {
  code: ErrorCode;
  message_zh: string;
  message_en: string;
}

/** The stored file of a finished job: its id is the job's id, so the link can be signed again later. */
export interface ExportJobFile {
  fileName: string;
  bytes: number;
  rows: ExportResult['rows'];
}

/**
 * An export job item (PK `EXPORT#<id>`, SK `JOB`): what was asked, by whom (the principal as the
 * token said at request time, so the worker reads with exactly that scope), and how far it got.
 */
export interface ExportJob {
  /** A UUID; also the id of the file in the export store. */
  id: string;
  status: ExportJobStatus;
  input: ExportInput;
  owner: Principal;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** TTL (epoch seconds): the job goes when its file does (the bucket's lifecycle rule, 7 days). */
  expiresAt: number;
  file?: ExportJobFile;
  error?: ExportJobError;
}

/** Seven days, as the export bucket's lifecycle rule (infra/exportBucket.ts). */
export const exportJobTtlSeconds = 7 * 24 * 60 * 60;

/** The worker's Lambda timeout (infra/jixiaoStack.ts): a job running longer than this was cut off. */
export const exportWorkerTimeoutSeconds = 15 * 60;

/**
 * A job still queued after this long was never delivered (the stream's retries ran out); one still
 * running after the worker's timeout plus a minute was cut off. Either is reported as failed.
 */
export const exportJobQueueSeconds = 60 * 60;
