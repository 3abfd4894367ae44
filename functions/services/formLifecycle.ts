import type { Bilingual } from '../../domain/model/bilingual';
import type { FormDefinition } from '../../domain/forms/formDefinition';
import type { Role } from '../../domain/model/role';
import { submissionId, type FormId, type Status, type SubmissionHead } from '../../domain/model/submission';
import type { SubjectType } from '../../domain/model/subject';
import type { Principal } from '../../contract/principal';
import { notFound } from '../errors/appError';
import type { Page, PageRequest } from '../store/queryPage';
import type { StoreContext } from '../store/storeContext';
import type { AuditDetail, AuditRecord, SubmissionAction, SubmissionVersion, SubmissionVersionSummary } from '../store/submissionRecords';
import { getHead, getVersion, listAudit, listHeads, listVersions } from '../store/submissionStore';
import { departmentFilter } from './referenceService';
import { requireRole, visibleOr404 } from './scope';
import { changeSubmission, createDraft, type SubmissionView, type WriteMeta } from './submissionWorkflow';

/** What makes one form's submissions differ in the parts every form shares. */
export interface FormLifecycleSpec<D> {
  form: FormId;
  /**
   * The registered form (domain/forms/registry.ts): its name in 404s (`what`), the schema a stored
   * version's data is read with, and who reviews (returns and approves).
   */
  definition: Pick<FormDefinition<D>, 'what' | 'schema' | 'roles'>;
  /** The acts as a 403 names them: 退回申报表 / return target sheets. */
  acts: { return: Bilingual; approve: Bilingual };
  /** Checked after the role and before the change on approval (the target sheet's approval gate, RULES.md §4). */
  beforeApprove?: (store: StoreContext, head: SubmissionHead, meta: WriteMeta) => Promise<void>;
}

/** The filter of a form's list: a department's heads, the region's, or the region's in one status. */
export interface ListWhere {
  year: number;
  departmentId?: string;
  status?: Status;
}

/** A write to an existing submission: its id and the version the caller read (If-Match). */
export interface Target {
  id: string;
  expectedVersion: number;
}

/** What a change's own checks see, once the head is visible and the role allowed. */
export interface ChangeContext<I> {
  store: StoreContext;
  principal: Principal;
  role: Role;
  current: SubmissionHead;
  input: Target & I;
  meta: WriteMeta;
}

/** One kind of change to a form: the action, who may do it (as a 403 names it) and its own checks, which give what is written. */
export interface ChangeSpec<D, I> {
  action: Exclude<SubmissionAction, 'create'>;
  roles: readonly Role[];
  act: Bilingual;
  /** The form's checks (422, and 409 where the form refuses with a code of its own); the data, and the audit's comment and detail. */
  prepare: (context: ChangeContext<I>) => Promise<{ data: D; comment?: string; detail?: AuditDetail }>;
}

/** A change as its service exports it. */
export type Change<D, I> = (store: StoreContext, principal: Principal, input: Target & I, meta: WriteMeta) => Promise<SubmissionView<D>>;

/** What a draft is about: a project or policy, in its region, department and year. */
export interface DraftSubject {
  id: string;
  regionId: string;
  departmentId: string;
  year: number;
}

/** The parts of a submission's life that are the same for every form; each service adds create, save, submit and its own acts. */
export interface FormLifecycle<D> {
  /** The data of the head's current version. */
  currentData: (store: StoreContext, head: SubmissionHead) => Promise<D>;
  /**
   * Creates the subject's draft at version 1: one per form, subject and year (409 `submission.exists`),
   * unless `id` names more (monitoring's periods).
   */
  createDraft: (
    store: StoreContext,
    principal: Principal,
    role: Role,
    draft: { subject: DraftSubject; subjectType: SubjectType; data: D; id?: string },
    meta: WriteMeta,
  ) => Promise<SubmissionView<D>>;
  /**
   * A change as a service function: 404 (head not visible), then 403 (role), then the form's checks
   * in `prepare`, then the version and status (409) and the write (submissionWorkflow.changeSubmission).
   */
  change: <I>(how: ChangeSpec<D, I>) => Change<D, I>;
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
  returnForRevision: Change<D, { comment: string }>;
  /** 批复 / 审核通过: the reviewer approves a submitted form. */
  approve: Change<D, { comment?: string }>;
}

/**
 * The shared half of a form's service: reading (head, data, versions, audit, lists in scope) and the
 * reviewer's return and approval. Checks run in the order every route promises: 404 (absent, out of
 * scope or another form), then 403 (role), then 409/422 (version, status, the form's own checks).
 *
 * @example
 * export const targetSheetLifecycle = formLifecycle({ form: 'targetSheet', definition: targetSheetDefinition, acts: … });
 */
export const formLifecycle = <D>(spec: FormLifecycleSpec<D>): FormLifecycle<D> => {
  const { form, acts } = spec;
  const { what, schema } = spec.definition;
  const reviewRoles = spec.definition.roles.review;

  /** The head, if the caller may see it; 404 for both "absent" and "out of scope" (and for another form's id). */
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

  const change = <I>(how: ChangeSpec<D, I>): Change<D, I> =>
    async function write(store, principal, input, meta) {
      const current = await visibleHead(store, principal, input.id);
      const role = requireRole(principal, how.roles, current, how.act.zh, how.act.en);
      const { data, comment, detail } = await how.prepare({ store, principal, role, current, input, meta });
      return changeSubmission(store, principal, role, { current, expectedVersion: input.expectedVersion, action: how.action, data, comment, detail }, meta);
    };

  return {
    currentData,
    createDraft: (store, principal, role, { subject, subjectType, data, id }, meta) =>
      createDraft(
        store,
        principal,
        role,
        {
          id: id ?? submissionId(form, subject.year, subject.id),
          form,
          regionId: subject.regionId,
          departmentId: subject.departmentId,
          subjectType,
          subjectId: subject.id,
          year: subject.year,
        },
        data,
        meta,
      ),
    change,
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
    returnForRevision: change<{ comment: string }>({
      action: 'return',
      roles: reviewRoles,
      act: acts.return,
      prepare: async ({ store, current, input }) => ({ data: await currentData(store, current), comment: input.comment }),
    }),
    approve: change<{ comment?: string }>({
      action: 'approve',
      roles: reviewRoles,
      act: acts.approve,
      prepare: async ({ store, current, input, meta }) => {
        await spec.beforeApprove?.(store, current, meta);
        return { data: await currentData(store, current), comment: input.comment };
      },
    }),
  };
};
