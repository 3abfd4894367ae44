import { createJsonLogger } from '../http/logger';
import type { StoreContext } from '../store/storeContext';
import { inProcessExportJobRunner, streamExportJobRunner, type ExportJobRunner } from './exportJobRunner';
import type { ExportStore } from './exportStore';

/**
 * The runner that matches exportStoreFromEnv: with `EXPORT_BUCKET` (the CDK stack sets it) the
 * table's stream starts the worker Lambda; without it jobs run in this process.
 *
 * @example
 * const runner = exportJobRunnerFromEnv(process.env, store, exports);
 */
export const exportJobRunnerFromEnv = (env: Record<string, string | undefined>, store: StoreContext, exports: ExportStore): ExportJobRunner =>
  env.EXPORT_BUCKET ? streamExportJobRunner : inProcessExportJobRunner({ store, exports, logger: createJsonLogger() });
