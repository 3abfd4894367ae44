import { GetItemCommand, TransactWriteItemsCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Role } from '../../domain/model/role';
import { AppError, appError } from '../errors/appError';
import { cancellationReasons } from './cancellationReasons';
import { compressJson, decompressJson } from './compressedJson';
import { idempotencyItem } from './idempotencyStore';
import { withoutKeys } from './itemAttributes';
import { versionPart } from './keys';
import { queryPage, type Page, type PageRequest, type PartitionQuery } from './queryPage';
import type { IndexName } from './tableDefinition';
import type { StoreContext } from './storeContext';
import type { IdempotencyRecord } from './submissionRecords';

/**
 * The one versioned-record store. Submissions (the forms) and the other records (rule sets, linkage
 * decisions, rectification tasks, fiscal evaluations) change the same way: every change puts an
 * immutable version `V#n`, moves the head `HEAD` (conditional on the version the caller read) and
 * appends an audit record `AUDIT#n`, all under one partition and in one TransactWriteItems with the
 * idempotency record when there is one (DESIGN.md "The backend", docs/data-model.md "Writes").
 */

/**
 * The conflict codes a kind of record answers with (docs/api.md "Versions"): `<family>.exists` when a
 * create finds the head there, `<family>.versionConflict` when the head moved on. Submissions keep
 * their own family so that a client can tell a form from a rule set.
 */
export type ConflictFamily = 'submission' | 'record';

/**
 * 409 `<family>.versionConflict`: the caller's If-Match (or the version it read) is no longer the
 * head's. With both versions known the message names them and the response carries the current ETag.
 */
export const versionConflict = (family: ConflictFamily, versions?: { current: number; expected: number | undefined }, cause?: unknown): AppError =>
  versions?.expected === undefined
    ? appError(`${family}.versionConflict`, { zh: '版本已变化，请刷新后重试', en: 'The version changed; reload and retry', cause })
    : appError(`${family}.versionConflict`, { zh: `版本已变化（当前第 ${versions.current} 版，您提交的是第 ${versions.expected} 版），请刷新后重试`, en: `The version changed (now ${versions.current}, yours ${versions.expected}); reload and retry`, cause, headers: { etag: `"${versions.current}"` } });

const alreadyExists = (family: ConflictFamily, cause: unknown): AppError =>
  family === 'submission'
    ? appError('submission.exists', { zh: '该表已存在，请打开已有的表', en: 'This form already exists; open it instead', cause })
    : appError('record.exists', { zh: '该记录已存在，请刷新后重试', en: 'This record already exists; reload and retry', cause });

/** Raised when a concurrent request with the same Idempotency-Key committed first; the caller replays its response. */
export const idempotencyRaced = (cause?: unknown): AppError =>
  appError('idempotency.inProgress', { zh: '相同幂等键的请求正在处理，请稍后重试', en: 'A request with the same Idempotency-Key is being processed; retry later', cause });

/** One change of a versioned record, as the items it puts. */
export interface VersionedWrite {
  family: ConflictFamily;
  partition: string;
  /** The new version; `expectedVersion + 1`, or 1 on create. */
  version: number;
  /** Absent: create (the head must not exist). */
  expectedVersion?: number;
  /** When the change happens (ISO), which also dates the idempotency record's expiry check. */
  at: string;
  /** Head attributes besides PK/SK (kind, index keys, the head itself). */
  head: object;
  /** Version attributes besides PK/SK and the data. */
  versionItem: object;
  data: unknown;
  /** Audit attributes besides PK/SK. */
  audit: object;
  idempotency?: IdempotencyRecord;
}

/**
 * Puts head, version, audit (and idempotency) records in one transaction, or nothing at all:
 * a cancelled transaction becomes idempotency.inProgress (a twin request with the same key),
 * `<family>.exists` (a create that lost) or `<family>.versionConflict` (a change that lost).
 */
export const writeVersion = async (context: StoreContext, write: VersionedWrite): Promise<void> => {
  const { partition, version, expectedVersion } = write;
  if (version !== (expectedVersion ?? 0) + 1) throw new Error(`writeVersion: version ${version} after ${expectedVersion}`);
  const put = (item: object, condition: string, values?: Record<string, unknown>): TransactWriteItem => ({
    Put: {
      TableName: context.tableName,
      Item: marshall(item, { removeUndefinedValues: true }),
      ConditionExpression: condition,
      ExpressionAttributeValues: values ? marshall(values) : undefined,
      ExpressionAttributeNames: condition.includes('#version') ? { '#version': 'version' } : undefined,
    },
  });
  const head = { PK: partition, SK: 'HEAD', ...write.head };
  const items: TransactWriteItem[] = [
    expectedVersion === undefined ? put(head, 'attribute_not_exists(PK)') : put(head, '#version = :expected', { ':expected': expectedVersion }),
    put({ PK: partition, SK: `V#${versionPart(version)}`, ...write.versionItem, dataGz: compressJson(write.data) }, 'attribute_not_exists(PK)'),
    put({ PK: partition, SK: `AUDIT#${versionPart(version)}`, kind: 'audit', ...write.audit }, 'attribute_not_exists(PK)'),
  ];
  if (write.idempotency) {
    items.push(put(idempotencyItem(write.idempotency), 'attribute_not_exists(PK) OR expiresAt < :now', { ':now': Math.floor(Date.parse(write.at) / 1000) }));
  }
  try {
    await context.dynamo.send(new TransactWriteItemsCommand({ TransactItems: items }));
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const idempotencyReason = reasons[3];
    // The same key in a record already there, or in a transaction running right now: a twin request.
    if (idempotencyReason === 'ConditionalCheckFailed' || idempotencyReason === 'TransactionConflict') throw idempotencyRaced(error);
    const lost = reasons.some((reason) => reason === 'ConditionalCheckFailed' || reason === 'TransactionConflict');
    if (!lost) throw error;
    // A create that lost found the head there, or being written by a twin create at this moment.
    if (expectedVersion === undefined) throw alreadyExists(write.family, error);
    throw versionConflict(write.family, undefined, error);
  }
};

/** The head of a record (its attributes without keys), or undefined. */
export const getHeadItem = async (context: StoreContext, partition: string): Promise<Record<string, unknown> | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall({ PK: partition, SK: 'HEAD' }), ConsistentRead: true }),
  );
  return Item ? withoutKeys(unmarshall(Item)) : undefined;
};

/** One version with its data decompressed (`unknown`: the caller parses it with its schema). */
export const getVersionItem = async (context: StoreContext, partition: string, version: number): Promise<Record<string, unknown> | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall({ PK: partition, SK: `V#${versionPart(version)}` }), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { dataGz, ...rest } = withoutKeys(unmarshall(Item)) as { dataGz: Uint8Array };
  return { ...rest, data: decompressJson(dataGz) };
};

/** Versions newest first, without their data. */
export const listVersionItems = async (context: StoreContext, partition: string, page?: PageRequest): Promise<Page<Record<string, unknown>>> => {
  const result = await queryPage(context, { partition, prefix: 'V#', descending: true }, page);
  return {
    ...result,
    items: result.items.map((item) => {
      const { dataGz: _data, ...summary } = withoutKeys(item);
      return summary;
    }),
  };
};

/** The audit trail, oldest first. */
export const listAuditItems = async (context: StoreContext, partition: string, page?: PageRequest): Promise<Page<Record<string, unknown>>> => {
  const result = await queryPage(context, { partition, prefix: 'AUDIT#' }, page);
  return { ...result, items: result.items.map(withoutKeys) };
};

/** Heads listed from an index partition, a page at a time. */
export const listHeadItems = async (
  context: StoreContext,
  query: PartitionQuery & { index: IndexName },
  page?: PageRequest,
): Promise<Page<Record<string, unknown>>> => {
  const result = await queryPage(context, query, page);
  return { ...result, items: result.items.map(withoutKeys) };
};

// Records that are not forms: a free-form head and a plain audit record.

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

/** Writes the next version of a record (version 1 when `expectedVersion` is absent); 409 `record.*` on a conflict. */
export const writeRecord = (context: StoreContext, write: RecordWrite): Promise<void> => {
  const { head } = write;
  return writeVersion(context, {
    family: 'record',
    partition: write.partition,
    version: head.version,
    expectedVersion: write.expectedVersion,
    at: head.updatedAt,
    head: { kind: write.kind, ...write.index, ...head },
    versionItem: {
      kind: `${write.kind}Version`,
      recordId: head.id,
      version: head.version,
      action: write.audit.action,
      createdAt: head.updatedAt,
      createdBy: head.updatedBy,
    },
    data: write.data,
    audit: { ...write.audit, recordId: head.id, version: head.version, at: head.updatedAt } satisfies RecordAudit,
    idempotency: write.idempotency,
  });
};

/** The head of a record, or undefined. */
export const getRecordHead = async (context: StoreContext, partition: string): Promise<RecordHead | undefined> =>
  (await getHeadItem(context, partition)) as RecordHead | undefined;

/** One version of a record with its data (`unknown`: the caller parses it with its schema). */
export const getRecordVersion = async (context: StoreContext, partition: string, version: number): Promise<RecordVersion | undefined> =>
  (await getVersionItem(context, partition, version)) as RecordVersion | undefined;

/** The audit trail of a record, oldest first. */
export const listRecordAudit = async (context: StoreContext, partition: string, page?: PageRequest): Promise<Page<RecordAudit>> =>
  (await listAuditItems(context, partition, page)) as unknown as Page<RecordAudit>;

/** Record heads listed from an index partition (e.g. a region's rectification tasks), a page at a time. */
export const listRecordHeads = async (
  context: StoreContext,
  query: { index: IndexName; partition: string; prefix?: string },
  page?: PageRequest,
): Promise<Page<RecordHead>> => (await listHeadItems(context, query, page)) as Page<RecordHead>;
