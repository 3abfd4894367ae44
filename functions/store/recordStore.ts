import { GetItemCommand, TransactWriteItemsCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Role } from '../../domain/model/role';
import { AppError } from '../errors/appError';
import { cancellationReasons } from './cancellationReasons';
import { compressJson, decompressJson } from './compressedJson';
import { idempotencyItem } from './idempotencyStore';
import { withoutKeys } from './itemAttributes';
import { versionPart } from './keys';
import { queryPage, type Page, type PageRequest } from './queryPage';
import type { StoreContext } from './storeContext';
import type { IdempotencyRecord } from './submissionRecords';
import { idempotencyRaced } from './submissionStore';

/**
 * Versioned records that are not forms (rule sets, linkage decisions, rectification tasks): like a
 * submission, every change puts an immutable version `V#n`, moves the head (conditional on the
 * version the caller read) and appends an audit record `AUDIT#n`, in one TransactWriteItems with the
 * idempotency record when there is one (DESIGN.md "The backend"). Layout in docs/data-model.md.
 */

/** The head of a record: what it is, where it belongs and its current version. */
export interface RecordHead {
  id: string;
  regionId: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
  /** Anything else a kind of record keeps on its head (status, deadline, …). */
  [field: string]: unknown;
}

/** Who changed a record, how and why. `system` is the backend itself (e.g. defaults materialised on first read). */
export interface RecordAudit {
  recordId: string;
  version: number;
  action: string;
  at: string;
  subject: string;
  name: string;
  role: Role | 'system';
  comment?: string;
  requestId: string;
}

export interface RecordVersion<D = unknown> {
  recordId: string;
  version: number;
  action: string;
  createdAt: string;
  createdBy: string;
  data: D;
}

export interface RecordWrite {
  /** The partition of the record, e.g. `RULESET#nantong-2026-default` (keys.ts). */
  partition: string;
  /** `kind` attribute of the head item, for people reading the table. */
  kind: string;
  head: RecordHead;
  /** Index keys of the head (GSI1PK …), so the record can be listed. */
  index?: Record<string, string>;
  data: unknown;
  audit: Omit<RecordAudit, 'recordId' | 'version' | 'at'>;
  /** Absent: create (the head must not exist). */
  expectedVersion?: number;
  idempotency?: IdempotencyRecord;
}

/** The caller's If-Match names a version that is no longer current: 409, nothing written. */
export const recordVersionConflict = (current?: number, expected?: number, cause?: unknown): AppError =>
  current === undefined || expected === undefined
    ? new AppError('record.versionConflict', 409, '版本已变化，请刷新后重试', 'The version changed; reload and retry', [], { cause })
    : new AppError(
        'record.versionConflict',
        409,
        `版本已变化（当前第 ${current} 版，您提交的是第 ${expected} 版），请刷新后重试`,
        `The version changed (now ${current}, yours ${expected}); reload and retry`,
        [],
        { cause, headers: { etag: `"${current}"` } },
      );

const recordConflict = (created: boolean, cause: unknown) =>
  created
    ? new AppError('record.exists', 409, '该记录已存在，请刷新后重试', 'This record already exists; reload and retry', [], { cause })
    : recordVersionConflict(undefined, undefined, cause);

/**
 * Writes the next version of a record (version 1 when `expectedVersion` is absent): head, version,
 * audit and idempotency record in one transaction, nothing at all on a conflict (409).
 */
export const writeRecord = async (context: StoreContext, write: RecordWrite): Promise<void> => {
  const { partition, head, expectedVersion } = write;
  if (head.version !== (expectedVersion ?? 0) + 1) throw new Error(`writeRecord: head version ${head.version} after ${expectedVersion}`);
  const put = (item: Record<string, unknown>, condition: string, values?: Record<string, unknown>): TransactWriteItem => ({
    Put: {
      TableName: context.tableName,
      Item: marshall(item, { removeUndefinedValues: true }),
      ConditionExpression: condition,
      ExpressionAttributeValues: values ? marshall(values) : undefined,
      ExpressionAttributeNames: condition.includes('#version') ? { '#version': 'version' } : undefined,
    },
  });
  const audit: RecordAudit = { ...write.audit, recordId: head.id, version: head.version, at: head.updatedAt };
  const items: TransactWriteItem[] = [
    expectedVersion === undefined
      ? put({ PK: partition, SK: 'HEAD', kind: write.kind, ...write.index, ...head }, 'attribute_not_exists(PK)')
      : put({ PK: partition, SK: 'HEAD', kind: write.kind, ...write.index, ...head }, '#version = :expected', { ':expected': expectedVersion }),
    put(
      {
        PK: partition,
        SK: `V#${versionPart(head.version)}`,
        kind: `${write.kind}Version`,
        recordId: head.id,
        version: head.version,
        action: write.audit.action,
        createdAt: head.updatedAt,
        createdBy: head.updatedBy,
        dataGz: compressJson(write.data),
      },
      'attribute_not_exists(PK)',
    ),
    put({ PK: partition, SK: `AUDIT#${versionPart(head.version)}`, kind: 'audit', ...audit }, 'attribute_not_exists(PK)'),
  ];
  if (write.idempotency) {
    items.push(put(idempotencyItem(write.idempotency), 'attribute_not_exists(PK) OR expiresAt < :now', { ':now': Math.floor(Date.parse(head.updatedAt) / 1000) }));
  }
  try {
    await context.dynamo.send(new TransactWriteItemsCommand({ TransactItems: items }));
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    if (reasons[3] === 'ConditionalCheckFailed') throw idempotencyRaced(error);
    if (reasons.some((reason) => reason === 'ConditionalCheckFailed' || reason === 'TransactionConflict')) {
      throw recordConflict(expectedVersion === undefined, error);
    }
    throw error;
  }
};

/** The head of a record, or undefined. */
export const getRecordHead = async (context: StoreContext, partition: string): Promise<RecordHead | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall({ PK: partition, SK: 'HEAD' }), ConsistentRead: true }),
  );
  return Item ? (withoutKeys(unmarshall(Item)) as RecordHead) : undefined;
};

/** One version with its data (`unknown`: the caller parses it with its schema). */
export const getRecordVersion = async (context: StoreContext, partition: string, version: number): Promise<RecordVersion | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall({ PK: partition, SK: `V#${versionPart(version)}` }), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { dataGz, ...rest } = withoutKeys(unmarshall(Item)) as Omit<RecordVersion, 'data'> & { dataGz: Uint8Array };
  return { ...rest, data: decompressJson(dataGz) };
};

/** The audit trail of a record, oldest first. */
export const listRecordAudit = async (context: StoreContext, partition: string, page?: PageRequest): Promise<Page<RecordAudit>> => {
  const result = await queryPage(context, { partition, prefix: 'AUDIT#' }, page);
  return { ...result, items: result.items.map((item) => withoutKeys(item) as unknown as RecordAudit) };
};

/** Heads listed from an index partition (e.g. a region's rectification tasks), a page at a time. */
export const listRecordHeads = async (
  context: StoreContext,
  query: { index: 'GSI1' | 'GSI2' | 'GSI3'; partition: string; prefix?: string },
  page?: PageRequest,
): Promise<Page<RecordHead>> => {
  const result = await queryPage(context, query, page);
  return { ...result, items: result.items.map((item) => withoutKeys(item) as RecordHead) };
};
