import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RouteDefinition } from '../http/types';
import { formRoutes } from './formRoutes';
import { indicatorLibraryRoutes } from './indicatorLibraryRoutes';
import { referenceRoutes } from './referenceRoutes';
import { targetSheetRoutes } from './targetSheetRoutes';

/**
 * Every route of docs/api.md, bound to one table. The Lambda handler and the local runtime both call
 * this and hand the list to createApp.
 *
 * @example
 * const app = createApp(buildRoutes({ dynamo, tableName }), { verifier });
 */
export const buildRoutes = (deps: { dynamo: DynamoDBClient; tableName: string }): RouteDefinition[] => {
  const store = { dynamo: deps.dynamo, tableName: deps.tableName };
  return [...referenceRoutes(store), ...indicatorLibraryRoutes(), ...formRoutes(), ...targetSheetRoutes(store)];
};
