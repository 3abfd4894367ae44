import { z } from 'zod';
import { EvaluationInput } from '../../domain/evaluation/evaluationInput';
import { scoreDepartmentEvaluation } from '../../domain/evaluation/scoreDepartmentEvaluation';
import { scoreEvaluation } from '../../domain/evaluation/scoreEvaluation';
import type { EvaluationResult } from '../../domain/evaluation/scoreFramework';
import { Id, Year } from '../../domain/model/ids';
import { financeRoles } from '../../domain/model/role';
import { submissionId, type FormId, type SubmissionHead } from '../../domain/model/submission';
import type { Principal } from '../../contract/principal';
import { appError, notFound } from '../errors/appError';
import type { Page, PageRequest } from '../store/queryPage';
import { getDepartment, getProject } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import type { AuditRecord } from '../store/submissionRecords';
import { createSubmission, getHead, getVersion, listAudit, listHeads, saveVersion } from '../store/submissionStore';
import { departmentFilter } from './referenceService';
import { currentRuleSet } from './ruleSetService';
import { requireRole, visibleOr404, type Owner } from './scope';
import { versionConflict, type SubmissionView, type WriteMeta } from './submissionWorkflow';

/**
 * Finance re-evaluation and key evaluation (财政重点评价) of a project, and department overall
 * evaluation (部门整体绩效评价), RULES.md §3: finance roles record each evaluator's scores (finance
 * staff, experts, a third-party agency); the server scores them with the region's current rule set
 * and stores input and result with the rule-set version, as a submission (versioned, audited).
 */
export const EvaluationSubjectType = z.enum(['project', 'department']);
export type EvaluationSubjectType = z.infer<typeof EvaluationSubjectType>;

/** 财政再评价 (a check of a self-evaluation) or 财政重点评价. */
export const EvaluationKind = z.enum(['reEvaluation', 'keyEvaluation']);

export const EvaluationRecord = z.object({
  subjectType: EvaluationSubjectType,
  subjectId: Id,
  year: Year,
  kind: EvaluationKind,
  input: EvaluationInput,
  result: z.custom<EvaluationResult & { computedAt: string }>((value) => typeof value === 'object' && value !== null),
});
export type EvaluationRecord = z.infer<typeof EvaluationRecord>;
export type EvaluationView = SubmissionView<EvaluationRecord>;

const formOf = (subjectType: EvaluationSubjectType): FormId => (subjectType === 'project' ? 'evaluation' : 'departmentEvaluation');
const what = { zh: '绩效评价', en: 'Evaluation' };

/** The owner of the evaluated subject, if the caller may see it (404 otherwise). */
const subjectOwner = async (store: StoreContext, principal: Principal, subjectType: EvaluationSubjectType, subjectId: string): Promise<Owner> => {
  if (subjectType === 'project') return visibleOr404(principal, await getProject(store, subjectId), '项目', 'Project');
  const department = await getDepartment(store, principal.regionId, subjectId);
  return visibleOr404(principal, department && { regionId: department.regionId, departmentId: department.id }, '部门', 'Department');
};

const visibleHead = async (store: StoreContext, principal: Principal, id: string): Promise<SubmissionHead> => {
  const head = await getHead(store, id);
  if (head?.form !== 'evaluation' && head?.form !== 'departmentEvaluation') throw notFound(what.zh, what.en);
  return visibleOr404(principal, head, what.zh, what.en);
};

const recordAt = async (store: StoreContext, head: SubmissionHead, version = head.version): Promise<EvaluationRecord> => {
  const found = await getVersion(store, head.id, version);
  if (!found) throw notFound(`第 ${version} 版`, `Version ${version}`);
  return EvaluationRecord.parse(found.data);
};

/** Scores with the region's current rule set; errors (a sub-score above its points, a framework under 60% results …) are 422. */
const score = async (
  store: StoreContext,
  owner: Owner,
  subject: { subjectType: EvaluationSubjectType; year: number; input: EvaluationInput },
  meta: WriteMeta,
): Promise<EvaluationRecord['result']> => {
  const { data: ruleSet } = await currentRuleSet(store, owner.regionId, subject.year, meta);
  const result = subject.subjectType === 'project' ? scoreEvaluation(subject.input, ruleSet) : scoreDepartmentEvaluation(subject.input, ruleSet);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw appError('evaluation.invalid', { zh: `评价有 ${errors.length} 处错误`, en: `The evaluation has ${errors.length} error(s)`, problems: errors });
  }
  return { ...result, computedAt: meta.now.toISOString() };
};

/**
 * POST /v1/evaluations: a finance role records an evaluation of a project or department of its
 * region (one per subject and year; 409 `submission.exists` for a second, which is changed with PUT).
 */
export const createEvaluation = async (
  store: StoreContext,
  principal: Principal,
  input: Omit<EvaluationRecord, 'result'>,
  meta: WriteMeta,
): Promise<EvaluationView> => {
  const owner = await subjectOwner(store, principal, input.subjectType, input.subjectId);
  const role = requireRole(principal, financeRoles, owner, '开展财政评价', 'record finance evaluations');
  const result = await score(store, owner, input, meta);
  const at = meta.now.toISOString();
  const head: SubmissionHead = {
    id: submissionId(formOf(input.subjectType), input.year, input.subjectId),
    form: formOf(input.subjectType),
    regionId: owner.regionId,
    departmentId: owner.departmentId,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    year: input.year,
    // A finance evaluation is final when recorded; a later change is a new version.
    status: 'approved',
    version: 1,
    updatedAt: at,
    updatedBy: principal.subject,
    approvedAt: at,
    approvedBy: principal.subject,
  };
  const view: EvaluationView = { head, data: { ...input, result } };
  await createSubmission(store, {
    head,
    data: view.data,
    audit: { action: 'create', subject: principal.subject, name: principal.name, role, requestId: meta.requestId },
    idempotency: meta.idempotency?.(view),
  });
  return view;
};

/** PUT /v1/evaluations/{id}: new scores (or weights) for the same subject, scored again, as the next version. */
export const updateEvaluation = async (
  store: StoreContext,
  principal: Principal,
  input: { id: string; expectedVersion: number; kind?: EvaluationRecord['kind']; input: EvaluationInput; comment?: string },
  meta: WriteMeta,
): Promise<EvaluationView> => {
  const current = await visibleHead(store, principal, input.id);
  const role = requireRole(principal, financeRoles, current, '修改财政评价', 'change finance evaluations');
  if (current.version !== input.expectedVersion) throw versionConflict(current.version, input.expectedVersion);
  const stored = await recordAt(store, current);
  const next = { ...stored, kind: input.kind ?? stored.kind, input: input.input };
  const result = await score(store, current, next, meta);
  const at = meta.now.toISOString();
  const head: SubmissionHead = { ...current, version: current.version + 1, updatedAt: at, updatedBy: principal.subject, approvedAt: at, approvedBy: principal.subject };
  const view: EvaluationView = { head, data: { ...next, result } };
  await saveVersion(store, {
    head,
    expectedVersion: input.expectedVersion,
    data: view.data,
    audit: { action: 'save', subject: principal.subject, name: principal.name, role, fromStatus: current.status, comment: input.comment, requestId: meta.requestId },
    idempotency: meta.idempotency?.(view),
  });
  return view;
};

export const getEvaluation = async (store: StoreContext, principal: Principal, id: string): Promise<EvaluationView> => {
  const head = await visibleHead(store, principal, id);
  return { head, data: await recordAt(store, head) };
};

export const getEvaluationVersion = async (store: StoreContext, principal: Principal, id: string, version: number): Promise<EvaluationRecord> =>
  recordAt(store, await visibleHead(store, principal, id), version);

export const listEvaluationAudit = async (store: StoreContext, principal: Principal, id: string, page?: PageRequest): Promise<Page<AuditRecord>> => {
  await visibleHead(store, principal, id);
  return listAudit(store, id, page);
};

/** Evaluation heads of a year in scope: a department's or the region's, of projects or of departments. */
export const listEvaluations = async (
  store: StoreContext,
  principal: Principal,
  where: { year: number; subjectType: EvaluationSubjectType; departmentId?: string },
  page?: PageRequest,
): Promise<Page<SubmissionHead>> => {
  const scope = await departmentFilter(store, principal, where.departmentId);
  const form = formOf(where.subjectType);
  return scope.departmentId === undefined
    ? listHeads(store, { by: 'region', form, regionId: scope.regionId, year: where.year }, page)
    : listHeads(store, { by: 'department', form, regionId: scope.regionId, departmentId: scope.departmentId, year: where.year }, page);
};
