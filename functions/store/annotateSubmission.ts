import type { Role } from '../../domain/model/role';
import type { SubmissionHead } from '../../domain/model/submission';
import type { IdempotencyRecord } from './submissionRecords';
import { saveVersion } from './submissionStore';
import type { StoreContext } from './storeContext';

/**
 * Writes the next version of a submission without moving its status: for what the finance bureau
 * records on a submitted or approved form (a monitoring decision, the revision after an ex-ante
 * 完善后予以支持). Like every write it is a new immutable version plus an audit record, in one
 * transaction and conditional on the version read; the audit action is `save` and its comment says
 * what was recorded and why.
 *
 * @example
 * await annotateSubmission(store, { current, data, subject, name, role, comment: '暂缓拨款：执行进度严重滞后', at, requestId });
 */
export const annotateSubmission = async <D>(
  store: StoreContext,
  change: {
    current: SubmissionHead;
    data: D;
    subject: string;
    name: string;
    role: Role;
    comment: string;
    at: string;
    requestId: string;
    idempotency?: (view: { head: SubmissionHead; data: D }) => IdempotencyRecord;
  },
): Promise<{ head: SubmissionHead; data: D }> => {
  const { current, data } = change;
  const head: SubmissionHead = { ...current, version: current.version + 1, updatedAt: change.at, updatedBy: change.subject };
  const view = { head, data };
  await saveVersion(store, {
    head,
    expectedVersion: current.version,
    data,
    audit: {
      action: 'save',
      subject: change.subject,
      name: change.name,
      role: change.role,
      fromStatus: current.status,
      comment: change.comment,
      requestId: change.requestId,
    },
    idempotency: change.idempotency?.(view),
  });
  return view;
};
