import type { Role } from '../../domain/model/role';
import type { Status } from '../../domain/model/submission';
import type { FinanceAction } from '../../domain/monitoring/financeAction';

/**
 * What happened to a submission: every action makes a new version and one audit record. Besides the
 * filing cycle (create, save, submit, return, approve), the finance bureau's status-keeping acts
 * each have their own name: `recompute` (a stored score recomputed with the current rule set),
 * `financeAction` (a decision on a monitoring report) and `recordRevision` (the revision after an
 * ex-ante 完善后予以支持).
 */
export const submissionActions = ['create', 'save', 'submit', 'return', 'approve', 'recompute', 'financeAction', 'recordRevision'] as const;
export type SubmissionAction = (typeof submissionActions)[number];

/** The rule set and total a stored score was computed with. */
export interface ScoreStamp {
  ruleSetId: string;
  ruleSetVersion: number;
  total: number;
}

/**
 * What a status-keeping finance act recorded, in fields rather than prose, so that the trail can
 * be read without parsing the comment. `kind` repeats the audit action it belongs to.
 */
export type AuditDetail =
  | { kind: 'recompute'; before: ScoreStamp; after: ScoreStamp }
  | { kind: 'financeAction'; financeAction: FinanceAction; reason: string }
  | { kind: 'recordRevision'; note: string };

/** An immutable version of a submission (its data as it stood after one action). */
export interface SubmissionVersion<D = unknown> {
  submissionId: string;
  version: number;
  status: Status;
  action: SubmissionAction;
  createdAt: string;
  createdBy: string;
  data: D;
}

/** A version without its data, as listed. */
export type SubmissionVersionSummary = Omit<SubmissionVersion, 'data'>;

/** Who did what, when, in which role, from which status to which, and why (the comment). */
export interface AuditRecord {
  submissionId: string;
  version: number;
  action: SubmissionAction;
  at: string;
  /** The token's subject and display name. */
  subject: string;
  name: string;
  /** The role that allowed the action. */
  role: Role;
  fromStatus?: Status;
  toStatus: Status;
  comment?: string;
  /** Set by `recompute`, `financeAction` and `recordRevision`. */
  detail?: AuditDetail;
  requestId: string;
}

/** The first HTTP response to a request with an Idempotency-Key, replayed on retries. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IdempotencyRecord {
  subject: string;
  key: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  requestHash: string;
  response: StoredResponse;
  createdAt: string;
  /** Epoch seconds; DynamoDB's TTL removes the record some time after. */
  expiresAt: number;
}
