import type { Role } from '../../domain/model/role';
import { statusLabels, type Status, type SubmissionHead } from '../../domain/model/submission';
import type { Principal } from '../auth/principal';
import { AppError } from '../errors/appError';
import type { StoreContext } from '../store/storeContext';
import type { IdempotencyRecord, SubmissionAction } from '../store/submissionRecords';
import { createSubmission, saveVersion } from '../store/submissionStore';

/**
 * The life of a submission, for any form: 草稿 → 已提交 → 退回修改 ⇄ 已提交 → 批复
 * (domain/model/submission.ts). Every action, a status change included, writes a new version, so
 * the version history is the whole story; the form's service decides who may act and checks data.
 */

/** A submission as the API returns it: the head and the data of its current version. */
export interface SubmissionView<D> {
  head: SubmissionHead;
  data: D;
}

/** Per request: the clock reading, the request id for the audit record and, with an Idempotency-Key, how to record the response. */
export interface WriteMeta {
  now: Date;
  requestId: string;
  idempotency?: (result: SubmissionView<unknown>) => IdempotencyRecord;
}

type Change = Exclude<SubmissionAction, 'create'>;

/** From which statuses each action may start, and where it leads. */
const transitions: Record<Change, { from: readonly Status[]; to: (from: Status) => Status }> = {
  save: { from: ['draft', 'returned'], to: (from) => from },
  submit: { from: ['draft', 'returned'], to: () => 'submitted' },
  return: { from: ['submitted'], to: () => 'returned' },
  approve: { from: ['submitted'], to: () => 'approved' },
};

const actionLabels: Record<Change, { zh: string; en: string }> = {
  save: { zh: '保存', en: 'saved' },
  submit: { zh: '提交', en: 'submitted' },
  return: { zh: '退回', en: 'returned' },
  approve: { zh: '批复', en: 'approved' },
};

/** The caller's If-Match names a version that is no longer current: 409, nothing written. */
export const versionConflict = (current: number, expected: number): AppError =>
  new AppError(
    'submission.versionConflict',
    409,
    `版本已变化（当前第 ${current} 版，您提交的是第 ${expected} 版），请刷新后重试`,
    `The version changed (now ${current}, yours ${expected}); reload and retry`,
    [],
    { headers: { etag: `"${current}"` } },
  );

/**
 * Creates a submission at version 1 in draft.
 *
 * @example
 * await createDraft(store, principal, 'filer', { ...owner, id, form: 'targetSheet', … }, data, meta);
 */
export const createDraft = async <D>(
  store: StoreContext,
  principal: Principal,
  role: Role,
  identity: Omit<SubmissionHead, 'status' | 'version' | 'updatedAt' | 'updatedBy'>,
  data: D,
  meta: WriteMeta,
): Promise<SubmissionView<D>> => {
  const head: SubmissionHead = { ...identity, status: 'draft', version: 1, updatedAt: meta.now.toISOString(), updatedBy: principal.subject };
  const view = { head, data };
  await createSubmission(store, {
    head,
    data,
    audit: { action: 'create', subject: principal.subject, name: principal.name, role, requestId: meta.requestId },
    idempotency: meta.idempotency?.(view),
  });
  return view;
};

/**
 * Throws 409 unless the head is still at `expectedVersion` and its status allows the action. Call it
 * before costly checks, so a stale or finished submission is not reported as invalid.
 */
export const assertChangeAllowed = (current: SubmissionHead, expectedVersion: number, action: Change): void => {
  if (current.version !== expectedVersion) throw versionConflict(current.version, expectedVersion);
  if (!transitions[action].from.includes(current.status)) {
    const label = statusLabels[current.status];
    throw new AppError(
      'submission.invalidStatus',
      409,
      `当前状态为“${label.zh}”，不能${actionLabels[action].zh}`,
      `A submission that is ${label.en.toLowerCase()} cannot be ${actionLabels[action].en}`,
    );
  }
};

/**
 * Applies one action to a submission whose head the caller read at `expectedVersion`: checks the
 * version and the status, then writes the next version (data carried forward unless given).
 */
export const changeSubmission = async <D>(
  store: StoreContext,
  principal: Principal,
  role: Role,
  change: { current: SubmissionHead; expectedVersion: number; action: Change; data: D; comment?: string },
  meta: WriteMeta,
): Promise<SubmissionView<D>> => {
  const { current, expectedVersion, action, data, comment } = change;
  assertChangeAllowed(current, expectedVersion, action);
  const at = meta.now.toISOString();
  const status = transitions[action].to(current.status);
  const head: SubmissionHead = {
    ...current,
    status,
    version: current.version + 1,
    updatedAt: at,
    updatedBy: principal.subject,
    submittedAt: action === 'submit' ? at : current.submittedAt,
    approvedAt: action === 'approve' ? at : current.approvedAt,
    approvedBy: action === 'approve' ? principal.subject : current.approvedBy,
    // The return comment (退回意见) stays on the head while the filer revises; the audit keeps them all.
    comment: action === 'return' ? comment : action === 'save' ? current.comment : undefined,
  };
  const view = { head, data };
  await saveVersion(store, {
    head,
    expectedVersion,
    data,
    audit: {
      action,
      subject: principal.subject,
      name: principal.name,
      role,
      fromStatus: current.status,
      comment,
      requestId: meta.requestId,
    },
    idempotency: meta.idempotency?.(view),
  });
  return view;
};
