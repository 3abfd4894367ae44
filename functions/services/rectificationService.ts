import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { departmentRoles, financeRoles, type Role } from '../../domain/model/role';
import type { Principal } from '../../contract/principal';
import { appError, forbidden } from '../errors/appError';
import { keys } from '../store/keys';
import { maxPageSize } from '../store/queryPage';
import {
  getRecordHead,
  getRecordVersion,
  listRecordAudit,
  listRecordHeads,
  versionConflict,
  writeRecord,
  type RecordAudit,
  type RecordHead,
} from '../store/versionedRecordStore';
import type { StoreContext } from '../store/storeContext';
import { getEvaluation } from './evaluationService';
import type { RecordWriteMeta } from './ruleSetService';
import { requireRole, visibilityOf, visibleOr404 } from './scope';
import type { Bilingual } from '../../domain/model/bilingual';

/**
 * 整改 (rectification, RULES.md §6 "average ones must improve"): finance opens a task from the
 * problems an evaluation found, with a deadline; the department responds with what it did and its
 * evidence; finance closes it (or reopens it). Every change is a version with its audit record.
 */
export const rectificationStatuses = ['open', 'responded', 'closed'] as const;
export type RectificationStatus = (typeof rectificationStatuses)[number];
export const rectificationStatusLabels: Record<RectificationStatus, Bilingual> = {
  open: { zh: '待整改', en: 'Open' },
  responded: { zh: '已反馈', en: 'Responded' },
  closed: { zh: '已销号', en: 'Closed' },
};

/** A calendar date, YYYY-MM-DD (the deadline's last day counts). */
export const DateText = z.iso.date();

export const RectificationRequest = z.strictObject({
  /** The evaluation whose problems are to be rectified (GET /v1/evaluations/{id}). */
  evaluationId: z.string().regex(/^(evaluation|departmentEvaluation)\.\d{4}\.[A-Za-z0-9_-]{1,64}$/),
  issues: z.array(z.string().trim().min(1).max(500)).min(1).max(50),
  requirement: z.string().trim().max(2000).optional(),
  deadline: DateText,
});
export type RectificationRequest = z.infer<typeof RectificationRequest>;

export interface RectificationHead extends RecordHead {
  departmentId: string;
  subjectType: string;
  subjectId: string;
  year: number;
  evaluationId: string;
  status: RectificationStatus;
  deadline: string;
}

export interface RectificationData {
  issues: string[];
  requirement?: string;
  response?: { text: string; evidence: string; at: string; by: string };
  comment?: string;
}

export interface RectificationView {
  head: RectificationHead;
  data: RectificationData;
}

const what = { zh: '整改任务', en: 'Rectification task' };

const visibleTask = async (store: StoreContext, principal: Principal, id: string): Promise<RectificationView> => {
  const head = (await getRecordHead(store, keys.rectification(id))) as RectificationHead | undefined;
  const visible = visibleOr404(principal, head, what.zh, what.en);
  const version = await getRecordVersion(store, keys.rectification(id), visible.version);
  if (!version) throw new Error(`rectification ${id} has no version ${visible.version}`);
  return { head: visible, data: version.data as RectificationData };
};

const indexOf = (head: RectificationHead) => ({
  GSI1PK: keys.regionRectifications(head.regionId),
  GSI1SK: keys.rectificationSort(head.deadline, head.id),
  GSI2PK: keys.departmentRectifications(head.regionId, head.departmentId),
  GSI2SK: keys.rectificationSort(head.deadline, head.id),
});

const write = async (
  store: StoreContext,
  principal: Principal,
  role: Role,
  change: { view: RectificationView; action: string; comment?: string; expectedVersion?: number },
  meta: RecordWriteMeta<RectificationView>,
): Promise<RectificationView> => {
  await writeRecord(store, {
    partition: keys.rectification(change.view.head.id),
    kind: 'rectification',
    head: change.view.head,
    index: indexOf(change.view.head),
    data: change.view.data,
    audit: { action: change.action, subject: principal.subject, name: principal.name, role, comment: change.comment, requestId: meta.requestId },
    expectedVersion: change.expectedVersion,
    idempotency: meta.idempotency?.(change.view),
  });
  return change.view;
};

/** POST /v1/rectifications: a finance role opens a task from an evaluation of its region. */
export const createRectification = async (
  store: StoreContext,
  principal: Principal,
  input: RectificationRequest,
  meta: RecordWriteMeta<RectificationView>,
): Promise<RectificationView> => {
  const evaluation = await getEvaluation(store, principal, input.evaluationId);
  const role = requireRole(principal, financeRoles, evaluation.head, '下达整改任务', 'open rectification tasks');
  const at = meta.now.toISOString();
  const head: RectificationHead = {
    id: randomUUID(),
    regionId: evaluation.head.regionId,
    departmentId: evaluation.head.departmentId,
    subjectType: evaluation.head.subjectType,
    subjectId: evaluation.head.subjectId,
    year: evaluation.head.year,
    evaluationId: evaluation.head.id,
    status: 'open',
    deadline: input.deadline,
    version: 1,
    updatedAt: at,
    updatedBy: principal.subject,
  };
  const data: RectificationData = { issues: input.issues, ...(input.requirement ? { requirement: input.requirement } : {}) };
  return write(store, principal, role, { view: { head, data }, action: 'create' }, meta);
};

const assertStatus = (head: RectificationHead, expectedVersion: number, allowed: readonly RectificationStatus[], action: Bilingual) => {
  if (head.version !== expectedVersion) throw versionConflict('record', { current: head.version, expected: expectedVersion });
  if (!allowed.includes(head.status)) {
    const label = rectificationStatusLabels[head.status];
    throw appError('rectification.invalidStatus', { zh: `整改任务当前为“${label.zh}”，不能${action.zh}`, en: `A task that is ${label.en.toLowerCase()} cannot be ${action.en}` });
  }
};

/** POST /v1/rectifications/{id}/respond: the department reports what it did and its evidence. */
export const respondToRectification = async (
  store: StoreContext,
  principal: Principal,
  input: { id: string; expectedVersion: number; response: string; evidence: string },
  meta: RecordWriteMeta<RectificationView>,
): Promise<RectificationView> => {
  const current = await visibleTask(store, principal, input.id);
  const role = requireRole(principal, departmentRoles, current.head, '反馈整改情况', 'respond to rectification tasks');
  assertStatus(current.head, input.expectedVersion, ['open', 'responded'], { zh: '反馈', en: 'responded to' });
  const at = meta.now.toISOString();
  const view: RectificationView = {
    head: { ...current.head, status: 'responded', version: current.head.version + 1, updatedAt: at, updatedBy: principal.subject },
    data: { ...current.data, response: { text: input.response, evidence: input.evidence, at, by: principal.subject } },
  };
  return write(store, principal, role, { view, action: 'respond', expectedVersion: input.expectedVersion }, meta);
};

/** POST /v1/rectifications/{id}/close or /reopen: finance accepts the response (销号) or sends the task back. */
export const reviewRectification = async (
  store: StoreContext,
  principal: Principal,
  input: { id: string; expectedVersion: number; action: 'close' | 'reopen'; comment?: string },
  meta: RecordWriteMeta<RectificationView>,
): Promise<RectificationView> => {
  const current = await visibleTask(store, principal, input.id);
  const role = requireRole(principal, financeRoles, current.head, '审核整改情况', 'review rectification tasks');
  const label = input.action === 'close' ? { zh: '销号', en: 'closed' } : { zh: '重新打开', en: 'reopened' };
  assertStatus(current.head, input.expectedVersion, ['responded'], label);
  const at = meta.now.toISOString();
  const view: RectificationView = {
    head: { ...current.head, status: input.action === 'close' ? 'closed' : 'open', version: current.head.version + 1, updatedAt: at, updatedBy: principal.subject },
    data: { ...current.data, ...(input.comment ? { comment: input.comment } : {}) },
  };
  return write(store, principal, role, { view, action: input.action, comment: input.comment, expectedVersion: input.expectedVersion }, meta);
};

/** GET /v1/rectifications/{id}: the task, its current data and its audit trail. */
export const getRectification = async (store: StoreContext, principal: Principal, id: string): Promise<RectificationView & { audit: RecordAudit[] }> => {
  const view = await visibleTask(store, principal, id);
  const audit = await listRecordAudit(store, keys.rectification(id), { limit: maxPageSize });
  return { ...view, audit: audit.items };
};

/**
 * GET /v1/rectifications?overdue=&status=: tasks in scope (finance and auditors: the region;
 * department roles: their department), earliest deadline first. Overdue: not closed and the deadline
 * (its whole day, in the region's calendar as given) is before `today`.
 */
export const listRectifications = async (
  store: StoreContext,
  principal: Principal,
  where: { overdue?: boolean; status?: RectificationStatus; today: string },
): Promise<RectificationHead[]> => {
  const visibility = visibilityOf(principal);
  if (visibility.kind === 'none') throw forbidden('查看整改任务', 'see rectification tasks');
  const query =
    visibility.kind === 'region'
      ? { index: 'GSI1' as const, partition: keys.regionRectifications(visibility.regionId) }
      : { index: 'GSI2' as const, partition: keys.departmentRectifications(visibility.regionId, visibility.departmentId) };
  const heads: RectificationHead[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRecordHeads(store, query, { limit: maxPageSize, cursor });
    heads.push(...(page.items as RectificationHead[]));
    cursor = page.cursor;
  } while (cursor);
  return heads.filter(
    (head) =>
      (where.status === undefined || head.status === where.status) &&
      (where.overdue === undefined || where.overdue === (head.status !== 'closed' && head.deadline < where.today)),
  );
};

