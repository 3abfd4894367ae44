import type { Logger } from '../http/logger';
import type { StoreContext } from '../store/storeContext';
import type { ExportStore } from './exportStore';
import { runExportJob } from './runExportJob';

/**
 * Starts the worker for a job the API has just written. In the cloud the table's stream starts it
 * (infra/jixiaoStack.ts), so `enqueue` does nothing; locally and in tests it runs in the API process.
 */
export interface ExportJobRunner {
  enqueue(jobId: string): void;
}

/** The runner of a deployment: the DynamoDB Stream delivers new jobs to the export worker Lambda. */
export const streamExportJobRunner: ExportJobRunner = { enqueue: () => undefined };

export interface InProcessExportJobRunner extends ExportJobRunner {
  /** Resolves once every job enqueued so far has finished (before the table is stopped). */
  idle(): Promise<void>;
}

/**
 * Runs jobs in this process, one at a time, after the current request has been answered (the
 * queue starts on the next turn of the event loop): the local stand-in for the stream and the
 * worker Lambda. A job's own failure is recorded in the job; what runExportJob rethrows is logged.
 *
 * @example
 * const runner = inProcessExportJobRunner({ store, exports, logger });
 * const routes = buildRoutes({ dynamo, tableName, exports, exportRunner: runner });
 */
export const inProcessExportJobRunner = (deps: {
  store: StoreContext;
  exports: ExportStore;
  logger: Logger;
  now?: () => Date;
}): InProcessExportJobRunner => {
  const now = deps.now ?? (() => new Date());
  const queue: string[] = [];
  let draining: Promise<void> | undefined;
  const drain = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    for (let jobId = queue.shift(); jobId !== undefined; jobId = queue.shift()) {
      try {
        await runExportJob(deps.store, deps.exports, jobId, now);
      } catch (error) {
        deps.logger.error('export job failed', { jobId, error });
      }
    }
    draining = undefined;
  };
  return {
    enqueue(jobId) {
      queue.push(jobId);
      draining ??= drain();
    },
    idle: () => draining ?? Promise.resolve(),
  };
};
