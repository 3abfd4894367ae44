import { QueryCommand, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { indexKeys, tableKeys, type IndexName } from './tableDefinition';
import { decodeCursor, encodeCursor, type CursorKey } from './cursor';
import type { StoreContext } from './storeContext';
import { maxPageSize } from '../../contract/page';

/** One page of results; `cursor` is present when there may be more. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface PageRequest {
  /** 1–100; default 50. */
  limit?: number;
  cursor?: string;
}

export const defaultPageSize = 50;
// The contract's bound on `limit` is the store's bound on a Query page.
export { maxPageSize };

export interface PartitionQuery {
  index?: IndexName;
  partition: string;
  /** Sort key prefix (begins_with). */
  prefix?: string;
  /** Newest (highest sort key) first. */
  descending?: boolean;
  /** Extra equality filters on plain attributes, applied after the key condition. */
  filter?: Record<string, string>;
}

/**
 * Queries one partition of the table or of an index, a page at a time (never a Scan; DESIGN.md
 * "The backend"). Filters may make a page shorter than the limit; the cursor still says where to
 * go on.
 */
export const queryPage = async (
  context: StoreContext,
  query: PartitionQuery,
  page: PageRequest = {},
): Promise<Page<Record<string, unknown>>> => {
  const names = query.index ? indexKeys(query.index) : { partitionKey: tableKeys.partitionKey, sortKey: tableKeys.sortKey };
  const keyAttributes = [...new Set([tableKeys.partitionKey, tableKeys.sortKey, names.partitionKey, names.sortKey])];
  const start: CursorKey | undefined = page.cursor
    ? decodeCursor(page.cursor, keyAttributes, { [names.partitionKey]: query.partition })
    : undefined;
  const filters = Object.entries(query.filter ?? {});
  const input: QueryCommandInput = {
    TableName: context.tableName,
    IndexName: query.index,
    KeyConditionExpression: query.prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
    ExpressionAttributeNames: {
      '#pk': names.partitionKey,
      ...(query.prefix ? { '#sk': names.sortKey } : {}),
      ...Object.fromEntries(filters.map(([name], i) => [`#f${i}`, name])),
    },
    ExpressionAttributeValues: marshall({
      ':pk': query.partition,
      ...(query.prefix ? { ':prefix': query.prefix } : {}),
      ...Object.fromEntries(filters.map(([, value], i) => [`:f${i}`, value])),
    }),
    FilterExpression: filters.length > 0 ? filters.map((_, i) => `#f${i} = :f${i}`).join(' AND ') : undefined,
    ScanIndexForward: !query.descending,
    Limit: Math.min(Math.max(page.limit ?? defaultPageSize, 1), maxPageSize),
    ExclusiveStartKey: start ? marshall(start) : undefined,
    // Reads of the table itself are strongly consistent, so a client sees its own write at once.
    ConsistentRead: query.index ? undefined : true,
  };
  const output = await context.dynamo.send(new QueryCommand(input));
  const items = (output.Items ?? []).map((item) => unmarshall(item));
  const last = output.LastEvaluatedKey ? (unmarshall(output.LastEvaluatedKey) as CursorKey) : undefined;
  return last ? { items, cursor: encodeCursor(last) } : { items };
};
