import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { cancellationReasons } from '../store/cancellationReasons';
import { idempotencyItem } from '../store/idempotencyStore';
import { keys } from '../store/keys';
import type { StoreContext } from '../store/storeContext';
import type { IdempotencyRecord } from '../store/submissionRecords';
import { idempotencyRaced } from '../store/versionedRecordStore';
import type { ExportJob, ExportJobError, ExportJobFile } from './exportJob';

const jobItem = (job: ExportJob) => ({ ...keys.exportJob(job.id), kind: 'exportJob', ...job });

const fromItem = (item: Record<string, unknown>): ExportJob => {
  const { PK: _pk, SK: _sk, kind: _kind, ...job } = item;
  return job as unknown as ExportJob;
};

/**
 * Writes a new queued job; with an idempotency record, both in one transaction so a retried POST
 * either finds the stored answer or writes both (docs/api.md "Idempotency-Key").
 */
export const putExportJob = async (context: StoreContext, job: ExportJob, idempotency?: IdempotencyRecord): Promise<void> => {
  const Item = marshall(jobItem(job), { removeUndefinedValues: true });
  if (!idempotency) {
    await context.dynamo.send(new PutItemCommand({ TableName: context.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' }));
    return;
  }
  try {
    await context.dynamo.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: context.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } },
          {
            Put: {
              TableName: context.tableName,
              Item: marshall(idempotencyItem(idempotency), { removeUndefinedValues: true }),
              // An expired record (TTL deletes lazily) may be overwritten.
              ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
              ExpressionAttributeValues: marshall({ ':now': Math.floor(Date.parse(job.createdAt) / 1000) }),
            },
          },
        ],
      }),
    );
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[1] === 'ConditionalCheckFailed' || reasons?.[1] === 'TransactionConflict') throw idempotencyRaced(error);
    throw error;
  }
};

/** The job, or undefined. */
export const getExportJob = async (context: StoreContext, jobId: string): Promise<ExportJob | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall(keys.exportJob(jobId)), ConsistentRead: true }),
  );
  return Item ? fromItem(unmarshall(Item)) : undefined;
};

/**
 * queued → running, only if the job is still queued: of two deliveries of the same stream record,
 * one gets the job and the other undefined.
 */
export const claimExportJob = async (context: StoreContext, jobId: string, now: Date): Promise<ExportJob | undefined> => {
  try {
    const { Attributes } = await context.dynamo.send(
      new UpdateItemCommand({
        TableName: context.tableName,
        Key: marshall(keys.exportJob(jobId)),
        UpdateExpression: 'SET #status = :running, startedAt = :now',
        ConditionExpression: 'attribute_exists(PK) AND #status = :queued',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: marshall({ ':running': 'running', ':queued': 'queued', ':now': now.toISOString() }),
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? fromItem(unmarshall(Attributes)) : undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
};

/** running → done with the file, or running → failed with the error; returns the finished job. */
export const finishExportJob = async (
  context: StoreContext,
  jobId: string,
  outcome: { file: ExportJobFile } | { error: ExportJobError },
  now: Date,
): Promise<ExportJob> => {
  const done = 'file' in outcome;
  const { Attributes } = await context.dynamo.send(
    new UpdateItemCommand({
      TableName: context.tableName,
      Key: marshall(keys.exportJob(jobId)),
      // FILE is a DynamoDB reserved word, hence the name placeholder.
      UpdateExpression: 'SET #status = :status, finishedAt = :now, #outcome = :outcome',
      ConditionExpression: '#status = :running',
      ExpressionAttributeNames: { '#status': 'status', '#outcome': done ? 'file' : 'error' },
      ExpressionAttributeValues: marshall(
        { ':status': done ? 'done' : 'failed', ':running': 'running', ':now': now.toISOString(), ':outcome': done ? outcome.file : outcome.error },
        { removeUndefinedValues: true },
      ),
      ReturnValues: 'ALL_NEW',
    }),
  );
  return fromItem(unmarshall(Attributes ?? {}));
};
