import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { indexKeys, tableKeys, type IndexName } from '../store/tableDefinition';
import type { StoreContext } from '../store/storeContext';

export interface PagesQuery {
  /** An index, or the table itself when absent. */
  index?: IndexName;
  partition: string;
  /** Sort key prefix (begins_with). */
  prefix?: string;
  /** Items per request; without it, DynamoDB fills each page up to 1 MB (fewest requests). */
  limit?: number;
  /** Where to start: a LastEvaluatedKey from an earlier page. */
  start?: Record<string, unknown>;
}

/**
 * Every page of one partition of the table or an index, in sort key order. Consolidation reads whole partitions,
 * so no Limit by default: each Query then returns a full 1 MB page, the fewest requests possible
 * (and never a Scan; DESIGN.md "The backend").
 *
 * @example
 * for await (const page of queryPages(store, { index: 'GSI1', partition: keys.regionForm('nantong', 2026, 'targetSheet') })) …
 */
export async function* queryPages(
  context: StoreContext,
  query: PagesQuery,
): AsyncGenerator<{ items: Record<string, unknown>[]; last?: Record<string, unknown> }> {
  const names = query.index ? indexKeys(query.index) : { partitionKey: tableKeys.partitionKey, sortKey: tableKeys.sortKey };
  let start = query.start;
  do {
    const output = await context.dynamo.send(
      new QueryCommand({
        TableName: context.tableName,
        IndexName: query.index,
        KeyConditionExpression: query.prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': names.partitionKey, ...(query.prefix ? { '#sk': names.sortKey } : {}) },
        ExpressionAttributeValues: marshall({ ':pk': query.partition, ...(query.prefix ? { ':prefix': query.prefix } : {}) }),
        Limit: query.limit,
        ExclusiveStartKey: start ? marshall(start) : undefined,
      }),
    );
    const last = output.LastEvaluatedKey ? unmarshall(output.LastEvaluatedKey) : undefined;
    yield { items: (output.Items ?? []).map((item) => unmarshall(item)), ...(last ? { last } : {}) };
    start = last;
    // A page with a Limit is one page: the caller hands its cursor back for the next.
  } while (start !== undefined && query.limit === undefined);
}
