import type { DynamoDBStreamEvent } from 'aws-lambda';
import { keys } from '../store/keys';

/**
 * The ids of the export jobs a DynamoDB Stream batch announces: new items (INSERT) whose key is an
 * export job's. The event source mapping filters on the same condition (infra/jixiaoStack.ts); the
 * check is repeated here so the worker never acts on another item if the filter is changed.
 *
 * @example
 * for (const jobId of exportJobIds(event)) await runExportJob(store, exports, jobId, () => new Date());
 */
export const exportJobIds = (event: DynamoDBStreamEvent): string[] =>
  event.Records.flatMap((record) => {
    const image = record.dynamodb?.NewImage;
    const pk = image?.PK?.S;
    if (record.eventName !== 'INSERT' || image?.SK?.S !== keys.exportJobSort || pk === undefined || !pk.startsWith(keys.exportJobPrefix)) return [];
    return [pk.slice(keys.exportJobPrefix.length)];
  });
