import type { z } from 'zod';
import type { Role } from '../../domain/model/role';
import type { FormId, Status, SubmissionHead } from '../../domain/model/submission';
import type { Principal } from '../auth/principal';
import { notFound } from '../errors/appError';
import type { Page, PageRequest } from '../store/queryPage';
import type { StoreContext } from '../store/storeContext';
import type { AuditRecord, SubmissionVersion, SubmissionVersionSummary } from '../store/submissionRecords';
import { getHead, getVersion, listAudit, listHeads, listVersions } from '../store/submissionStore';
import { departmentFilter } from './referenceService';
import { requireRole, visibleOr404 } from './scope';
import { changeSubmission, type SubmissionView, type WriteMeta } from './submissionWorkflow';

/** A `{ zh, en }` label: zh-CN first (STYLE.md). */
interface Label {
  zh: string;
  en: string;
}

/** What makes one form's submissions differ in the parts every form shares. */
export interface FormLifecycleSpec<D> {
  form: FormId;
  /** The form's name in 404s: 绩效目标申报表 / Target sheet. */
  what: Label;
  /** Reads a stored version's data. */
  schema: z.ZodType<D>;
  /** Who returns and approves (the finance reviewer). */
  reviewRoles: readonly Role[];
  /** The acts as a 403 names them: 退回申报表 / return target sheets. */
  acts: { return: Label; approve: Label };
  /** Checked after the role and before the change on approval (the target sheet's approval gate, RULES.md §4). */
  beforeApprove?: (store: StoreContext, head: SubmissionHead, meta: WriteMeta) => Promise<void>;
}

/** The filter of a form's list: a department's heads, the region's, or the region's in one status. */
export interface ListWhere {
  year: number;
  departmentId?: string;
  status?: Status;
}

/** The parts of a submission's life that are the same for every form; each service adds create, save, submit and its own acts. */
export interface FormLifecycle<D> {
  /** The head, if the caller may see it; 404 for both "absent" and "out of scope" (and for another form's id). */
  visibleHead: (store: StoreContext, principal: Principal, id: string) => Promise<SubmissionHead>;
  /** The data of the head's current version. */
  currentData: (store: StoreContext, head: SubmissionHead) => Promise<D>;
  /** The head and current data. */
  get: (store: StoreContext, principal: Principal, id: string) => Promise<SubmissionView<D>>;
  /** Heads in scope for a year: a department's (department roles always), the region's (finance, auditors), or the review queue with `status`. */
  list: (store: StoreContext, principal: Principal, where: ListWhere, page?: PageRequest) => Promise<Page<SubmissionHead>>;
  /** Every version, newest first (without data). */
  versions: (store: StoreContext, principal: Principal, id: string, page?: PageRequest) => Promise<Page<SubmissionVersionSummary>>;
  /** One version with its data. */
  version: (store: StoreContext, principal: Principal, id: string, version: number) => Promise<SubmissionVersion<D>>;
  /** The audit trail, oldest first. */
  audit: (store: StoreContext, principal: Principal, id: string, page?: PageRequest) => Promise<Page<AuditRecord>>;
  /** 退回修改: the reviewer sends a submitted form back with a comment. */
  returnForRevision: (
    store: StoreContext,
    principal: Principal,
    input: { id: string; expectedVersion: number; comment: string },
    meta: WriteMeta,
  ) => Promise<SubmissionView<D>>;
  /** 批复 / 审核通过: the reviewer approves a submitted form. */
  approve: (
    store: StoreContext,
    principal: Principal,
    input: { id: string; expectedVersion: number; comment?: string },
    meta: WriteMeta,
  ) => Promise<SubmissionView<D>>;
}

/**
 * The shared half of a form's service: reading (head, data, versions, audit, lists in scope) and the
 * reviewer's return and approval. Checks run in the order every route promises: 404 (absent, out of
 * scope or another form), then 403 (role), then 409/422 (version, status, the form's own checks).
 *
 * @example
 * export const targetSheetLifecycle = formLifecycle({ form: 'targetSheet', what: { zh: '绩效目标申报表', en: 'Target sheet' }, schema: TargetSheet, … });
 */
export const formLifecycle = <D>(spec: FormLifecycleSpec<D>): FormLifecycle<D> => {
  const { form, what, schema, reviewRoles, acts } = spec;

  const visibleHead = async (store: StoreContext, principal: Principal, id: string): Promise<SubmissionHead> => {
    const head = await getHead(store, id);
    if (head?.form !== form) throw notFound(what.zh, what.en);
    return visibleOr404(principal, head, what.zh, what.en);
  };

  const currentData = async (store: StoreContext, head: SubmissionHead): Promise<D> => {
    const version = await getVersion(store, head.id, head.version);
    if (!version) throw new Error(`submission ${head.id} has no version ${head.version}`);
    return schema.parse(version.data);
  };

  return {
    visibleHead,
    currentData,
    get: async (store, principal, id) => {
      const head = await visibleHead(store, principal, id);
      return { head, data: await currentData(store, head) };
    },
    list: async (store, principal, where, page) => {
      const scope = await departmentFilter(store, principal, where.departmentId);
      if (scope.departmentId !== undefined) {
        return listHeads(store, { by: 'department', form, regionId: scope.regionId, departmentId: scope.departmentId, year: where.year, status: where.status }, page);
      }
      return where.status === undefined
        ? listHeads(store, { by: 'region', form, regionId: scope.regionId, year: where.year }, page)
        : listHeads(store, { by: 'status', form, regionId: scope.regionId, year: where.year, status: where.status }, page);
    },
    versions: async (store, principal, id, page) => {
      await visibleHead(store, principal, id);
      return listVersions(store, id, page);
    },
    version: async (store, principal, id, version) => {
      await visibleHead(store, principal, id);
      const found = await getVersion(store, id, version);
      if (!found) throw notFound(`第 ${version} 版`, `Version ${version}`);
      return { ...found, data: schema.parse(found.data) };
    },
    audit: async (store, principal, id, page) => {
      await visibleHead(store, principal, id);
      return listAudit(store, id, page);
    },
    returnForRevision: async (store, principal, input, meta) => {
      const current = await visibleHead(store, principal, input.id);
      const role = requireRole(principal, reviewRoles, current, acts.return.zh, acts.return.en);
      const data = await currentData(store, current);
      return changeSubmission(store, principal, role, { current, expectedVersion: input.expectedVersion, action: 'return', data, comment: input.comment }, meta);
    },
    approve: async (store, principal, input, meta) => {
      const current = await visibleHead(store, principal, input.id);
      const role = requireRole(principal, reviewRoles, current, acts.approve.zh, acts.approve.en);
      await spec.beforeApprove?.(store, current, meta);
      const data = await currentData(store, current);
      return changeSubmission(store, principal, role, { current, expectedVersion: input.expectedVersion, action: 'approve', data, comment: input.comment }, meta);
    },
  };
};
