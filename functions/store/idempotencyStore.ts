import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { compressJson, decompressJson } from './compressedJson';
import { keys } from './keys';
import type { StoreContext } from './storeContext';
import type { IdempotencyRecord, StoredResponse } from './submissionRecords';

/** How long a stored response is replayed (24 h, then TTL removes it). */
export const idempotencyTtlSeconds = 24 * 60 * 60;

/** The item for a record: written by versionedRecordStore in the same transaction as the change it answers. */
export const idempotencyItem = (record: IdempotencyRecord): Record<string, unknown> => {
  const { response, ...rest } = record;
  return { ...keys.idempotency(record.subject, record.key), kind: 'idempotency', ...rest, responseGz: compressJson(response) };
};

/**
 * The record for a subject's key, unless there is none or it has expired (TTL deletes lazily, so an
 * expired record may still be read and is ignored).
 */
export const getIdempotencyRecord = async (
  context: StoreContext,
  subject: string,
  key: string,
  now: Date,
): Promise<IdempotencyRecord | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall(keys.idempotency(subject, key)), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { responseGz, PK: _pk, SK: _sk, kind: _kind, ...rest } = unmarshall(Item) as Omit<IdempotencyRecord, 'response'> & {
    responseGz: Uint8Array;
    PK: string;
    SK: string;
    kind: string;
  };
  if (rest.expiresAt * 1000 <= now.getTime()) return undefined;
  return { ...rest, response: decompressJson(responseGz) as StoredResponse };
};
