import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RouteDefinition } from '../http/types';
import type { ExportJobRunner } from '../exports/exportJobRunner';
import { exportJobRunnerFromEnv } from '../exports/exportJobRunnerFromEnv';
import type { ExportStore } from '../exports/exportStore';
import { exportStoreFromEnv } from '../exports/exportStoreFromEnv';
import { budgetRoutes } from './budgetRoutes';
import { consolidationRoutes } from './consolidationRoutes';
import { departmentTargetsRoutes } from './departmentTargetsRoutes';
import { exAnteRoutes } from './exAnteRoutes';
import { exportRoutes } from './exportRoutes';
import { fiscalEvaluationRoutes } from './fiscalEvaluationRoutes';
import { offlineRoutes } from './offlineRoutes';
import { formRoutes } from './formRoutes';
import { indicatorLibraryRoutes } from './indicatorLibraryRoutes';
import { monitoringRoutes } from './monitoringRoutes';
import { referenceRoutes } from './referenceRoutes';
import { evaluationRoutes } from './evaluationRoutes';
import { linkageRoutes } from './linkageRoutes';
import { rectificationRoutes } from './rectificationRoutes';
import { ruleSetRoutes } from './ruleSetRoutes';
import { selfEvaluationRoutes } from './selfEvaluationRoutes';
import { socialInsuranceRoutes } from './socialInsuranceRoutes';
import { targetSheetRoutes } from './targetSheetRoutes';

/**
 * Every route of docs/api.md, bound to one table. The Lambda handler and the local runtime both call
 * this and hand the list to createApp.
 *
 * @example
 * const app = createApp(buildRoutes({ dynamo, tableName }), { verifier });
 */
export const buildRoutes = (deps: {
  dynamo: DynamoDBClient;
  tableName: string;
  /** Where exports go (docs/api.md "Routes: consolidation, exports, offline workbooks, disclosure"); from the environment (S3 bucket or local folder) when absent. */
  exports?: ExportStore;
  /** Starts export jobs; from the environment when absent (stream in the cloud, in-process locally, on `exports`). */
  exportRunner?: ExportJobRunner;
}): RouteDefinition[] => {
  const store = { dynamo: deps.dynamo, tableName: deps.tableName };
  const exports = deps.exports ?? exportStoreFromEnv(process.env);
  const exportRunner = deps.exportRunner ?? exportJobRunnerFromEnv(process.env, store, exports);
  return [...referenceRoutes(store), ...indicatorLibraryRoutes(), ...formRoutes(), ...targetSheetRoutes(store),
    ...ruleSetRoutes(store), ...selfEvaluationRoutes(store), ...evaluationRoutes(store), ...linkageRoutes(store), ...rectificationRoutes(store),
    ...consolidationRoutes(store), ...exportRoutes(store, exports, exportRunner), ...offlineRoutes(store),
    ...exAnteRoutes(store), ...monitoringRoutes(store), ...socialInsuranceRoutes(store), ...budgetRoutes(),
    ...departmentTargetsRoutes(store), ...fiscalEvaluationRoutes(store)];
};
