import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createLocalClient, ensureTable } from '../../dev/dynamoLocal';
import type { StoreContext } from '../../functions/store/storeContext';

export interface LocalTable extends StoreContext {
  dynamo: DynamoDBClient;
  stop: () => Promise<void>;
}

/**
 * A fresh table, created from the shared definition, in the run's DynamoDB Local (started once by
 * test/support/globalDynamo.ts). One per test file (call in beforeAll, stop in afterAll); the
 * random name keeps files apart.
 */
export const startLocalTable = async (prefix = 'jixiao-test'): Promise<LocalTable> => {
  const dynamo = createLocalClient(inject('dynamoEndpoint'));
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTable(dynamo, tableName);
  return {
    dynamo,
    tableName,
    stop: async () => {
      await dynamo.send(new DeleteTableCommand({ TableName: tableName }));
      dynamo.destroy();
    },
  };
};
