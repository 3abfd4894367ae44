import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { exportJobIds } from '../../../functions/exports/exportJobIds';

const jobId = '3b0e8f7c-5d1a-4c2e-9f6b-2a7d4e1c9b80';

/** A record as DynamoDB Streams hands it to Lambda for a new export job item (NEW_IMAGE view). */
const insertedJob: DynamoDBRecord = {
  eventID: 'c81e728d9d4c2f636f067f89cc14862c',
  eventName: 'INSERT',
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'cn-northwest-1',
  dynamodb: {
    ApproximateCreationDateTime: 1_790_000_000,
    Keys: { PK: { S: `EXPORT#${jobId}` }, SK: { S: 'JOB' } },
    NewImage: {
      PK: { S: `EXPORT#${jobId}` },
      SK: { S: 'JOB' },
      kind: { S: 'exportJob' },
      id: { S: jobId },
      status: { S: 'queued' },
      input: { M: { kind: { S: 'consolidation' }, format: { S: 'xlsx' }, year: { N: '2026' }, form: { S: 'targetSheet' } } },
      owner: {
        M: { subject: { S: 'reviewer-city' }, name: { S: '陈审核（市财政局）' }, roles: { L: [{ S: 'financeReviewer' }] }, regionId: { S: 'nantong' } },
      },
      createdAt: { S: '2026-09-21T08:00:00.000Z' },
      expiresAt: { N: '1790604800' },
    },
    SequenceNumber: '4421584500000000017450439091',
    SizeBytes: 312,
    StreamViewType: 'NEW_IMAGE',
  },
  eventSourceARN: 'arn:aws-cn:dynamodb:cn-northwest-1:123456789012:table/jixiao-prod-DataTable1A2B3C4D-1EXAMPLE/stream/2026-09-01T00:00:00.000',
};

const event = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

describe('exportJobIds', () => {
  it('takes the job id from the partition key of an inserted export job', () => {
    expect(exportJobIds(event(insertedJob))).toEqual([jobId]);
  });

  it('ignores updates of a job (the worker\'s own queued → running → done writes) and removals (TTL)', () => {
    const modified: DynamoDBRecord = { ...insertedJob, eventName: 'MODIFY' };
    const removed: DynamoDBRecord = { ...insertedJob, eventName: 'REMOVE', dynamodb: { ...insertedJob.dynamodb, NewImage: undefined } };
    expect(exportJobIds(event(modified, removed))).toEqual([]);
  });

  it('ignores other new items: a submission head, an idempotency record, an item without a new image', () => {
    const head: DynamoDBRecord = {
      ...insertedJob,
      dynamodb: { ...insertedJob.dynamodb, NewImage: { PK: { S: 'SUB#targetSheet.2026.nt-edu-2026-student-aid' }, SK: { S: 'HEAD' } } },
    };
    const idempotency: DynamoDBRecord = {
      ...insertedJob,
      dynamodb: { ...insertedJob.dynamodb, NewImage: { PK: { S: `IDEM#reviewer-city#${jobId}` }, SK: { S: 'IDEM' } } },
    };
    const otherJobLike: DynamoDBRecord = { ...insertedJob, dynamodb: { ...insertedJob.dynamodb, NewImage: { PK: { S: 'REGION#nantong' }, SK: { S: 'JOB' } } } };
    const bare: DynamoDBRecord = { ...insertedJob, dynamodb: undefined };
    expect(exportJobIds(event(head, idempotency, otherJobLike, bare))).toEqual([]);
  });

  it('keeps the order of a batch with several jobs', () => {
    const second = '9d5ed678-fe57-4cca-8f2b-0e2b1d4f3a61';
    const other: DynamoDBRecord = {
      ...insertedJob,
      dynamodb: { ...insertedJob.dynamodb, NewImage: { ...insertedJob.dynamodb!.NewImage, PK: { S: `EXPORT#${second}` } } },
    };
    expect(exportJobIds(event(insertedJob, other))).toEqual([jobId, second]);
  });
});
