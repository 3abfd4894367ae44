import { BatchGetItemCommand, type BatchGetItemCommandOutput, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Key } from '../store/keys';
import type { StoreContext } from '../store/storeContext';

/** BatchGetItem takes at most 100 keys per request (DynamoDB limit). */
export const batchGetLimit = 100;
const maxRetries = 8;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads up to 100 items by key in one BatchGetItem, retrying unprocessed keys with exponential
 * backoff (DynamoDB returns them under throttling or past 16 MB). Returns the items found, keyed by
 * `PK|SK`; a missing key is simply absent.
 *
 * @example
 * const found = await batchGetItems(store, [keys.version('targetSheet.2026.p1', 3)]);
 */
export const batchGetItems = async (context: StoreContext, itemKeys: readonly Key[]): Promise<Map<string, Record<string, unknown>>> => {
  if (itemKeys.length > batchGetLimit) throw new RangeError(`batchGetItems: ${itemKeys.length} keys, at most ${batchGetLimit}`);
  const found = new Map<string, Record<string, unknown>>();
  if (itemKeys.length === 0) return found;
  let pending: Record<string, KeysAndAttributes> | undefined = {
    [context.tableName]: { Keys: itemKeys.map((key) => marshall(key)) },
  };
  for (let attempt = 0; pending !== undefined && Object.keys(pending).length > 0; attempt++) {
    if (attempt > maxRetries) throw new Error(`batchGetItems: keys still unprocessed after ${maxRetries} retries`);
    if (attempt > 0) await pause(Math.min(50 * 2 ** attempt, 2_000));
    const output: BatchGetItemCommandOutput = await context.dynamo.send(new BatchGetItemCommand({ RequestItems: pending }));
    for (const raw of output.Responses?.[context.tableName] ?? []) {
      const item = unmarshall(raw);
      found.set(`${String(item.PK)}|${String(item.SK)}`, item);
    }
    pending = output.UnprocessedKeys;
  }
  return found;
};

/** The map key of {@link batchGetItems} for an item key. */
export const itemKeyId = (key: Key): string => `${key.PK}|${key.SK}`;
