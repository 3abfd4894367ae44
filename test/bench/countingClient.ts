import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface DynamoCounts {
  /** Commands sent, by name (QueryCommand, BatchGetItemCommand, …). */
  requests: Record<string, number>;
  /** Σ ConsumedCapacity.CapacityUnits (ReturnConsumedCapacity: TOTAL on every read). */
  capacityUnits: number;
}

const withCapacity = new Set(['QueryCommand', 'ScanCommand', 'GetItemCommand', 'BatchGetItemCommand', 'BatchWriteItemCommand', 'PutItemCommand', 'TransactWriteItemsCommand']);

interface Capacity {
  CapacityUnits?: number;
}

/**
 * Adds a middleware to a DynamoDB client that counts every command by name and asks for and adds
 * up its consumed capacity. Counts are per command sent by our code (SDK retries of the same command
 * are not counted again).
 *
 * @example
 * const counts = countRequests(client); … counts.requests.QueryCommand
 */
export const countRequests = (client: DynamoDBClient): DynamoCounts => {
  const counts: DynamoCounts = { requests: {}, capacityUnits: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      counts.requests[name] = (counts.requests[name] ?? 0) + 1;
      if (withCapacity.has(name)) (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      for (const entry of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) counts.capacityUnits += entry.CapacityUnits ?? 0;
      return result;
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return counts;
};
