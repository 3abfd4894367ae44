import { GetItemCommand, TransactWriteItemsCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { SubmissionHead, type FormId, type Status } from '../../domain/model/submission';
import { AppError } from '../errors/appError';
import { cancellationReasons } from './cancellationReasons';
import { compressJson, decompressJson } from './compressedJson';
import { withoutKeys } from './itemAttributes';
import { keys } from './keys';
import { queryPage, type Page, type PageRequest } from './queryPage';
import type { StoreContext } from './storeContext';
import type {
  AuditDetail,
  AuditRecord,
  IdempotencyRecord,
  SubmissionAction,
  SubmissionVersion,
  SubmissionVersionSummary,
} from './submissionRecords';
import { idempotencyItem } from './idempotencyStore';

/**
 * Submissions of any form (generic over FormId, so later forms reuse it). Writes never overwrite:
 * each one puts a new immutable version, moves the head (conditional on the version the caller
 * read), appends an audit record and, with an Idempotency-Key, stores the response, all in one
 * TransactWriteItems (DESIGN.md "The backend").
 */

/** Who acts and why; the store adds the submission, version, time and statuses from the head. */
export interface AuditEntry {
  action: SubmissionAction;
  subject: string;
  name: string;
  role: AuditRecord['role'];
  fromStatus?: Status;
  comment?: string;
  detail?: AuditDetail;
  requestId: string;
}

export interface SubmissionWrite<D> {
  /** The head after the write: its version is the new version, its updatedAt/updatedBy the write's. */
  head: SubmissionHead;
  data: D;
  audit: AuditEntry;
  idempotency?: IdempotencyRecord;
}

const versionConflict = (cause?: unknown) =>
  new AppError('submission.versionConflict', 409, '版本已变化，请刷新后重试', 'The version changed; reload and retry', [], { cause });

/** Raised when a concurrent request with the same Idempotency-Key committed first; the caller replays its response. */
export const idempotencyRaced = (cause?: unknown) =>
  new AppError('idempotency.inProgress', 409, '相同幂等键的请求正在处理，请稍后重试', 'A request with the same Idempotency-Key is being processed; retry later', [], {
    cause,
  });

const headItem = (head: SubmissionHead) => ({
  ...keys.head(head.id),
  kind: 'submissionHead',
  GSI1PK: keys.regionForm(head.regionId, head.year, head.form),
  GSI1SK: keys.regionFormSort(head.departmentId, head.subjectId),
  GSI2PK: keys.departmentYear(head.regionId, head.departmentId, head.year),
  GSI2SK: keys.departmentFormSort(head.form, head.subjectId),
  GSI3PK: keys.regionFormStatus(head.regionId, head.year, head.form, head.status),
  GSI3SK: keys.regionFormStatusSort(head.updatedAt, head.id),
  ...SubmissionHead.parse(head),
});

const writeSubmission = async <D>(context: StoreContext, write: SubmissionWrite<D>, expectedVersion: number | undefined): Promise<void> => {
  const { head, data, audit, idempotency } = write;
  if (head.version !== (expectedVersion ?? 0) + 1) throw new Error(`writeSubmission: head version ${head.version} after ${expectedVersion}`);
  const put = (
    item: Record<string, unknown>,
    condition: string,
    values?: Record<string, unknown>,
    names?: Record<string, string>,
  ): TransactWriteItem => ({
    Put: {
      TableName: context.tableName,
      Item: marshall(item, { removeUndefinedValues: true }),
      ConditionExpression: condition,
      ExpressionAttributeValues: values ? marshall(values) : undefined,
      ExpressionAttributeNames: names,
    },
  });
  const version: Omit<SubmissionVersion, 'data'> & { dataGz: Uint8Array } = {
    submissionId: head.id,
    version: head.version,
    status: head.status,
    action: audit.action,
    createdAt: head.updatedAt,
    createdBy: head.updatedBy,
    dataGz: compressJson(data),
  };
  const record: AuditRecord = { submissionId: head.id, version: head.version, at: head.updatedAt, toStatus: head.status, ...audit };
  const items: TransactWriteItem[] = [
    expectedVersion === undefined
      ? put(headItem(head), 'attribute_not_exists(PK)')
      : put(headItem(head), '#version = :expected', { ':expected': expectedVersion }, { '#version': 'version' }),
    put({ ...keys.version(head.id, head.version), kind: 'submissionVersion', ...version }, 'attribute_not_exists(PK)'),
    put({ ...keys.audit(head.id, head.version), kind: 'audit', ...record }, 'attribute_not_exists(PK)'),
  ];
  if (idempotency) {
    items.push(put(idempotencyItem(idempotency), 'attribute_not_exists(PK) OR expiresAt < :now', { ':now': Math.floor(Date.parse(head.updatedAt) / 1000) }));
  }
  try {
    await context.dynamo.send(new TransactWriteItemsCommand({ TransactItems: items }));
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const [headReason, versionReason, , idempotencyReason] = reasons;
    // The same key in a record already there, or in a transaction running right now: a twin request.
    if (idempotencyReason === 'ConditionalCheckFailed' || idempotencyReason === 'TransactionConflict') throw idempotencyRaced(error);
    if (headReason === 'ConditionalCheckFailed' && expectedVersion === undefined) {
      throw new AppError('submission.exists', 409, '该表已存在，请打开已有的表', 'This form already exists; open it instead', [], { cause: error });
    }
    if (headReason === 'ConditionalCheckFailed' || versionReason === 'ConditionalCheckFailed') throw versionConflict(error);
    // Another transaction touched the same items at the same moment: to the caller that is a conflict too.
    if (reasons.includes('TransactionConflict')) throw versionConflict(error);
    throw error;
  }
};

/**
 * Creates a submission: version 1, its head and its audit record. A second create of the same id
 * gets 409 `submission.exists` and writes nothing.
 *
 * @example
 * await createSubmission(context, { head: { ...head, version: 1 }, data, audit: { action: 'create', … } });
 */
export const createSubmission = <D>(context: StoreContext, write: SubmissionWrite<D>): Promise<void> =>
  writeSubmission(context, write, undefined);

/**
 * Writes the next version of a submission (a save or a status change), only if the head is still
 * at `expectedVersion`; otherwise 409 `submission.versionConflict` and nothing is written.
 */
export const saveVersion = <D>(context: StoreContext, write: SubmissionWrite<D> & { expectedVersion: number }): Promise<void> =>
  writeSubmission(context, write, write.expectedVersion);

export const getHead = async (context: StoreContext, submissionId: string): Promise<SubmissionHead | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall(keys.head(submissionId)), ConsistentRead: true }),
  );
  return Item ? SubmissionHead.parse(withoutKeys(unmarshall(Item))) : undefined;
};

const toVersion = (item: Record<string, unknown>): SubmissionVersion => {
  const { dataGz, ...rest } = withoutKeys(item) as Omit<SubmissionVersion, 'data'> & { dataGz: Uint8Array };
  return { ...rest, data: decompressJson(dataGz) };
};

/** One version with its data (data is `unknown` here: the form's service parses it). */
export const getVersion = async (context: StoreContext, submissionId: string, version: number): Promise<SubmissionVersion | undefined> => {
  const { Item } = await context.dynamo.send(
    new GetItemCommand({ TableName: context.tableName, Key: marshall(keys.version(submissionId, version)), ConsistentRead: true }),
  );
  return Item ? toVersion(unmarshall(Item)) : undefined;
};

/** Versions newest first, without their data (fetch one with getVersion). */
export const listVersions = async (context: StoreContext, submissionId: string, page?: PageRequest): Promise<Page<SubmissionVersionSummary>> => {
  const result = await queryPage(context, { partition: keys.submission(submissionId).PK, prefix: keys.versionPrefix, descending: true }, page);
  return {
    ...result,
    items: result.items.map((item) => {
      const { dataGz: _data, ...summary } = withoutKeys(item);
      return summary as SubmissionVersionSummary;
    }),
  };
};

/** The audit trail, oldest first. */
export const listAudit = async (context: StoreContext, submissionId: string, page?: PageRequest): Promise<Page<AuditRecord>> => {
  const result = await queryPage(context, { partition: keys.submission(submissionId).PK, prefix: keys.auditPrefix }, page);
  return { ...result, items: result.items.map((item) => withoutKeys(item) as unknown as AuditRecord) };
};

/** Which heads to list: a department's (GSI2, optionally one status), a region's (GSI1) or a region's in one status (GSI3, the review queue). */
export type HeadsQuery =
  | { by: 'department'; form: FormId; regionId: string; departmentId: string; year: number; status?: Status }
  | { by: 'region'; form: FormId; regionId: string; year: number }
  | { by: 'status'; form: FormId; regionId: string; year: number; status: Status };

/** Submission heads, a page at a time, by department, region or review status. */
export const listHeads = async (context: StoreContext, query: HeadsQuery, page?: PageRequest): Promise<Page<SubmissionHead>> => {
  const result =
    query.by === 'department'
      ? await queryPage(
          context,
          {
            index: 'GSI2',
            partition: keys.departmentYear(query.regionId, query.departmentId, query.year),
            prefix: keys.departmentFormPrefix(query.form),
            filter: query.status ? { status: query.status } : undefined,
          },
          page,
        )
      : query.by === 'region'
        ? await queryPage(context, { index: 'GSI1', partition: keys.regionForm(query.regionId, query.year, query.form) }, page)
        : await queryPage(context, { index: 'GSI3', partition: keys.regionFormStatus(query.regionId, query.year, query.form, query.status) }, page);
  return { ...result, items: result.items.map((item) => SubmissionHead.parse(withoutKeys(item))) };
};
