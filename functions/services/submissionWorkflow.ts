import type { Role } from '../../domain/model/role';
import { statusLabels, type Status, type SubmissionHead } from '../../domain/model/submission';
import type { Principal } from '../../contract/principal';
import { AppError, appError } from '../errors/appError';
import type { StoreContext } from '../store/storeContext';
import type { AuditDetail, IdempotencyRecord, SubmissionAction } from '../store/submissionRecords';
import { createSubmission, saveVersion } from '../store/submissionStore';
import { versionConflict as storeVersionConflict } from '../store/versionedRecordStore';
import type { Bilingual } from '../../domain/model/bilingual';

/**
 * The life of a submission, for any form: 草稿 → 已提交 → 退回修改 ⇄ 已提交 → 批复
 * (domain/model/submission.ts), plus the finance bureau's acts that keep the status. Every action,
 * a status change included, writes a new version, so the version history is the whole story; the
 * form's service decides who may file and checks data.
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

/** The finance bureau's acts on a filed form: a new version, the status kept, the roles fixed here. */
export type FinanceAct = Extract<Change, 'recompute' | 'financeAction' | 'recordRevision'>;

interface Transition {
  /** The statuses the action may start from. */
  from: readonly Status[];
  /** Where it leads. */
  to: (from: Status) => Status;
  /** Who may do it, for the acts whose roles do not depend on the form (the filing side does: see each service). */
  by?: readonly Role[];
}

const keep = (from: Status): Status => from;

/**
 * From which statuses each action may start, where it leads and, for the finance acts, who may do
 * it. The acts keep the status: a score is recomputed (RULES.md §2: only on request, never because
 * the rules changed) and a monitoring decision taken (§5) once the form has been submitted; a
 * revision is recorded (§4) only once the assessment is approved.
 */
const transitions: Record<Change, Transition> = {
  save: { from: ['draft', 'returned'], to: keep },
  submit: { from: ['draft', 'returned'], to: () => 'submitted' },
  return: { from: ['submitted'], to: () => 'returned' },
  approve: { from: ['submitted'], to: () => 'approved' },
  recompute: { from: ['submitted', 'approved'], to: keep, by: ['financeAdmin', 'financeReviewer'] },
  financeAction: { from: ['submitted', 'approved'], to: keep, by: ['financeReviewer', 'financeAdmin'] },
  recordRevision: { from: ['approved'], to: keep, by: ['financeReviewer', 'financeAdmin'] },
};

const actionLabels: Record<Change, Bilingual> = {
  save: { zh: '保存', en: 'saved' },
  submit: { zh: '提交', en: 'submitted' },
  return: { zh: '退回', en: 'returned' },
  approve: { zh: '批复', en: 'approved' },
  recompute: { zh: '重新计分', en: 'recomputed' },
  financeAction: { zh: '作出处理决定', en: 'decided on' },
  recordRevision: { zh: '记录完善情况', en: 'given a revision' },
};

/**
 * Whether an action may start from a status (the transition table), for a service that refuses
 * with a code of its own (`monitoring.notReported` …) before the generic `submission.invalidStatus`.
 *
 * @example
 * if (!allowedFrom('financeAction', head.status)) throw appError('monitoring.notReported', …);
 */
export const allowedFrom = (action: Change, status: Status): boolean => transitions[action].from.includes(status);

/**
 * The roles that may perform a finance act, whatever the form.
 *
 * @example
 * const role = requireRole(principal, financeActRoles('recompute'), head, '重新计分', 'recompute scores');
 */
export const financeActRoles = (action: FinanceAct): readonly Role[] => transitions[action].by ?? [];

/** The caller's If-Match names a version that is no longer current: 409, nothing written. */
export const versionConflict = (current: number, expected: number): AppError => storeVersionConflict('submission', { current, expected });

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
  if (!allowedFrom(action, current.status)) {
    const label = statusLabels[current.status];
    throw appError('submission.invalidStatus', { zh: `当前状态为“${label.zh}”，不能${actionLabels[action].zh}`, en: `A submission that is ${label.en.toLowerCase()} cannot be ${actionLabels[action].en}` });
  }
};

/**
 * Applies one action to a submission whose head the caller read at `expectedVersion`: checks the
 * version and the status, then writes the next version (data carried forward unless given), its
 * head and its audit record (with `detail` for a finance act) in one transaction.
 */
export const changeSubmission = async <D>(
  store: StoreContext,
  principal: Principal,
  role: Role,
  change: { current: SubmissionHead; expectedVersion: number; action: Change; data: D; comment?: string; detail?: AuditDetail },
  meta: WriteMeta,
): Promise<SubmissionView<D>> => {
  const { current, expectedVersion, action, data, comment, detail } = change;
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
    // The return comment (退回意见) stays on the head while the filer revises, and through any act that
    // keeps the status; submit and approve clear it. The audit keeps them all.
    comment: action === 'return' ? comment : action === 'submit' || action === 'approve' ? undefined : current.comment,
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
      detail,
      requestId: meta.requestId,
    },
    idempotency: meta.idempotency?.(view),
  });
  return view;
};
