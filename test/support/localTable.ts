import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createLocalClient, ensureTable, startDynamoLocal } from '../../functions/local/dynamoLocal';
import type { StoreContext } from '../../functions/store/storeContext';
import { freePort } from '../../functions/local/freePort';

export interface LocalTable extends StoreContext {
  dynamo: DynamoDBClient;
  stop: () => Promise<void>;
}

/**
 * DynamoDB Local in memory on a free port, with the table created from the shared definition.
 * One per test file (call in beforeAll, stop in afterAll).
 */
export const startLocalTable = async (tableName = 'jixiao-test'): Promise<LocalTable> => {
  const local = await startDynamoLocal({ port: await freePort() });
  const dynamo = createLocalClient(local.endpoint);
  await ensureTable(dynamo, tableName);
  return {
    dynamo,
    tableName,
    stop: async () => {
      dynamo.destroy();
      await local.stop();
    },
  };
};
