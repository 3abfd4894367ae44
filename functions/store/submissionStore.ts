import { SubmissionHead, type FormId, type Status } from '../../domain/model/submission';
import { keys } from './keys';
import type { Page, PageRequest } from './queryPage';
import type { StoreContext } from './storeContext';
import type {
  AuditDetail,
  AuditRecord,
  IdempotencyRecord,
  SubmissionAction,
  SubmissionVersion,
  SubmissionVersionSummary,
} from './submissionRecords';
import { getHeadItem, getVersionItem, listAuditItems, listHeadItems, listVersionItems, writeVersion } from './versionedRecordStore';

/**
 * Submissions of any form (generic over FormId) as versioned records (versionedRecordStore.ts):
 * what is particular to them is the typed head with its three index entries, the status on each
 * version and audit record, and the `submission.*` conflict codes (docs/api.md "Versions").
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

const headItem = (head: SubmissionHead) => ({
  kind: 'submissionHead',
  GSI1PK: keys.regionForm(head.regionId, head.year, head.form),
  GSI1SK: keys.regionFormSort(head.departmentId, head.subjectId),
  GSI2PK: keys.departmentYear(head.regionId, head.departmentId, head.year),
  GSI2SK: keys.departmentFormSort(head.form, head.subjectId),
  GSI3PK: keys.regionFormStatus(head.regionId, head.year, head.form, head.status),
  GSI3SK: keys.regionFormStatusSort(head.updatedAt, head.id),
  ...SubmissionHead.parse(head),
});

const writeSubmission = <D>(context: StoreContext, write: SubmissionWrite<D>, expectedVersion: number | undefined): Promise<void> => {
  const { head, data, audit, idempotency } = write;
  const version: Omit<SubmissionVersion, 'data'> = {
    submissionId: head.id,
    version: head.version,
    status: head.status,
    action: audit.action,
    createdAt: head.updatedAt,
    createdBy: head.updatedBy,
  };
  const record: AuditRecord = { submissionId: head.id, version: head.version, at: head.updatedAt, toStatus: head.status, ...audit };
  return writeVersion(context, {
    family: 'submission',
    partition: keys.submission(head.id).PK,
    version: head.version,
    expectedVersion,
    at: head.updatedAt,
    head: headItem(head),
    versionItem: { kind: 'submissionVersion', ...version },
    data,
    audit: record,
    idempotency,
  });
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
  const item = await getHeadItem(context, keys.submission(submissionId).PK);
  return item && SubmissionHead.parse(item);
};

/** One version with its data (data is `unknown` here: the form's service parses it). */
export const getVersion = async (context: StoreContext, submissionId: string, version: number): Promise<SubmissionVersion | undefined> =>
  (await getVersionItem(context, keys.submission(submissionId).PK, version)) as SubmissionVersion | undefined;

/** Versions newest first, without their data (fetch one with getVersion). */
export const listVersions = async (context: StoreContext, submissionId: string, page?: PageRequest): Promise<Page<SubmissionVersionSummary>> =>
  (await listVersionItems(context, keys.submission(submissionId).PK, page)) as unknown as Page<SubmissionVersionSummary>;

/** The audit trail, oldest first. */
export const listAudit = async (context: StoreContext, submissionId: string, page?: PageRequest): Promise<Page<AuditRecord>> =>
  (await listAuditItems(context, keys.submission(submissionId).PK, page)) as unknown as Page<AuditRecord>;

/** Which heads to list: a department's (GSI2, optionally one status), a region's (GSI1) or a region's in one status (GSI3, the review queue). */
export type HeadsQuery =
  | { by: 'department'; form: FormId; regionId: string; departmentId: string; year: number; status?: Status }
  | { by: 'region'; form: FormId; regionId: string; year: number }
  | { by: 'status'; form: FormId; regionId: string; year: number; status: Status };

/** Submission heads, a page at a time, by department, region or review status. */
export const listHeads = async (context: StoreContext, query: HeadsQuery, page?: PageRequest): Promise<Page<SubmissionHead>> => {
  const result = await listHeadItems(
    context,
    query.by === 'department'
      ? {
          index: 'GSI2',
          partition: keys.departmentYear(query.regionId, query.departmentId, query.year),
          prefix: keys.departmentFormPrefix(query.form),
          filter: query.status ? { status: query.status } : undefined,
        }
      : query.by === 'region'
        ? { index: 'GSI1', partition: keys.regionForm(query.regionId, query.year, query.form) }
        : { index: 'GSI3', partition: keys.regionFormStatus(query.regionId, query.year, query.form, query.status) },
    page,
  );
  return { ...result, items: result.items.map((item) => SubmissionHead.parse(item)) };
};
