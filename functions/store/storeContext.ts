import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** What every store function needs: the client and the table (the name comes from the stack or the local runtime). */
export interface StoreContext {
  dynamo: DynamoDBClient;
  tableName: string;
}
