import { exAnteDefinition } from '../../domain/forms/exAnte/exAnteDefinition';
import type { ExAnteSubject } from '../../domain/exAnte/dimension';
import { scoreExAnteAssessment } from '../../domain/exAnte/scoreExAnteAssessment';
import { exAnteCell, exAnteChecklistRows } from '../../domain/forms/exAnte/exAnteCell';
import { ExAnteSheet } from '../../domain/forms/exAnte/exAnteSheet';
import type { SubmissionHead } from '../../domain/model/submission';
import type { Problem } from '../../domain/problem';
import type { ExAnteRules } from '../../domain/ruleSet/exAnteRules';
import type { Principal } from '../../contract/principal';
import type { ExAnteInput } from '../../contract/exAnte';
import { AppError, appError } from '../errors/appError';
import type { Policy } from '../../domain/model/policy';
import { getPolicy, listPolicies } from '../store/policyStore';
import type { Page, PageRequest } from '../store/queryPage';
import { getDepartment, getProject } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { formLifecycle } from './formLifecycle';
import { departmentFilter } from './referenceService';
import { currentRuleSet } from './ruleSetService';
import { requireRole, visibleOr404 } from './scope';
import {
  allowedFrom,
  assertChangeAllowed,
  financeActRoles,
  versionConflict,
  type SubmissionView,
  type WriteMeta,
} from './submissionWorkflow';

/**
 * 事前绩效评估 (RULES.md §4) as a submission of a project or a policy: the department or the finance
 * bureau drafts it and submits it; the finance reviewer returns it or approves it, and approval
 * records the score and conclusion from the region's rule set of the year. A 完善后予以支持 conclusion
 * is followed by the revision, recorded by the finance bureau. The approval gate of target sheets
 * (approvalGate.ts) reads the conclusion and the revision from here.
 */
export type ExAnteView = SubmissionView<ExAnteSheet>;

const draftRoles = exAnteDefinition.roles.file;
const reviewRoles = exAnteDefinition.roles.review;
const approval = { zh: '批复事前绩效评估', en: 'approve ex-ante assessments' };

/** Reading and 退回修改: the parts every form shares (approval records the conclusion: approveExAnte). */
export const exAnteLifecycle = formLifecycle({
  form: 'exAnteAssessment',
  definition: exAnteDefinition,
  acts: { return: { zh: '退回事前绩效评估', en: 'return ex-ante assessments' }, approve: approval },
});

const { currentData } = exAnteLifecycle;

/** The project or policy assessed, in the caller's scope (404 otherwise). */
const visibleSubject = async (store: StoreContext, principal: Principal, subjectType: ExAnteSubject, subjectId: string) => {
  const subject = subjectType === 'project' ? await getProject(store, subjectId) : await getPolicy(store, subjectId);
  const found = visibleOr404(principal, subject, subjectType === 'project' ? '项目' : '政策', subjectType === 'project' ? 'Project' : 'Policy');
  return { ...found, outline: 'wording' in found ? found.wording : '' };
};

const withInput = (stored: ExAnteSheet, input: ExAnteInput | undefined): ExAnteSheet =>
  input === undefined
    ? stored
    : { ...stored, outline: input.outline ?? stored.outline, assessment: { ...input.assessment, subject: stored.subjectType } };

/** Problems of the assessment with the sheet path and cell of each (`assessment.assessors.1.scores.economy`, E11). */
const placedProblems = (sheet: ExAnteSheet, problems: Problem[], rules: ExAnteRules): Problem[] => {
  const rows = exAnteChecklistRows(sheet.assessment.category, rules.checklists);
  return problems.map((p) => {
    if (p.path === undefined) return p;
    const cell = exAnteCell(p.path, rows);
    return { ...p, path: `assessment.${p.path}`, ...(cell ? { cell } : {}) };
  });
};

const refuse = (errors: Problem[]): AppError =>
  appError('exAnte.invalid', { zh: `评估表有 ${errors.length} 处错误，请按标出的单元格修改`, en: `The assessment has ${errors.length} error(s); fix the marked cells`, problems: errors });

const rulesFor = async (store: StoreContext, head: Pick<SubmissionHead, 'regionId' | 'year'>, meta: WriteMeta) =>
  currentRuleSet(store, head.regionId, head.year, { now: meta.now, requestId: meta.requestId });

/**
 * Creates a draft assessment of a project or policy, prefilled from it, with the department's own
 * scores to fill (one per subject and year: 409 `submission.exists`).
 */
export const createExAnte = async (
  store: StoreContext,
  principal: Principal,
  input: { subjectType: ExAnteSubject; subjectId: string; year: number; data?: ExAnteInput },
  meta: WriteMeta,
): Promise<ExAnteView> => {
  const subject = await visibleSubject(store, principal, input.subjectType, input.subjectId);
  const role = requireRole(principal, draftRoles, subject, '开展事前绩效评估', 'draft ex-ante assessments');
  if (subject.year !== input.year) {
    throw appError('exAnte.yearMismatch', { zh: `“${subject.name_zh}”属于 ${subject.year} 年度，不是 ${input.year} 年度`, en: `"${subject.name_en || subject.name_zh}" belongs to budget year ${subject.year}, not ${input.year}` });
  }
  const department = await getDepartment(store, subject.regionId, subject.departmentId);
  const prefilled: ExAnteSheet = {
    subjectType: input.subjectType,
    subjectId: subject.id,
    year: subject.year,
    subjectName: subject.name_zh,
    departmentName: department?.name_zh ?? '',
    amountFen: subject.amountFen,
    outline: subject.outline,
    assessment: { subject: input.subjectType, assessors: [{ assessor: 'departmentSelf', scores: {} }], checklistAnswers: {} },
  };
  const data = withInput(prefilled, input.data);
  return exAnteLifecycle.createDraft(store, principal, role, { subject, subjectType: input.subjectType, data }, meta);
};

/** Saves a draft (草稿 or 退回修改). */
export const saveExAnte = exAnteLifecycle.change<{ data: ExAnteInput }>({
  action: 'save',
  roles: draftRoles,
  act: { zh: '保存事前绩效评估', en: 'save ex-ante assessments' },
  prepare: async ({ store, current, input }) => ({ data: withInput(await currentData(store, current), input.data) }),
});

/**
 * Submits (with new data or the saved data). A score above its dimension's points or a dimension
 * left unscored refuses it with 422 `exAnte.invalid` and the cells; scores of the finance bureau,
 * experts or an agency may still be missing at this point (they are needed at approval).
 */
export const submitExAnte = exAnteLifecycle.change<{ data?: ExAnteInput }>({
  action: 'submit',
  roles: draftRoles,
  act: { zh: '提交事前绩效评估', en: 'submit ex-ante assessments' },
  prepare: async ({ store, current, input, meta }) => {
    assertChangeAllowed(current, input.expectedVersion, 'submit');
    const data = withInput(await currentData(store, current), input.data);
    const rules = (await rulesFor(store, current, meta)).data.exAnte;
    const scored = scoreExAnteAssessment(data.assessment, rules);
    const errors = scored.problems.filter((p) => p.severity === 'error' && p.code !== 'exAnte.noCountingAssessor');
    if (errors.length > 0) throw refuse(placedProblems(data, errors, rules));
    return { data };
  },
});

/**
 * Approves and records the conclusion: the finance reviewer may add the scores of the finance
 * bureau, experts and agencies with the approval. The score and conclusion come from the region's
 * current rule set and are stored with its id and version; an assessment that cannot be scored (no
 * counting assessor, a score missing or above its points) is refused with 422 `exAnte.invalid`.
 */
export const approveExAnte = exAnteLifecycle.change<{ data?: ExAnteInput; comment?: string }>({
  action: 'approve',
  roles: reviewRoles,
  act: approval,
  prepare: async ({ store, principal, current, input, meta }) => {
    assertChangeAllowed(current, input.expectedVersion, 'approve');
    const stored = withInput(await currentData(store, current), input.data);
    const ruleSet = (await rulesFor(store, current, meta)).data;
    const scored = scoreExAnteAssessment(stored.assessment, ruleSet.exAnte);
    const errors = scored.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0 || scored.score === null || scored.conclusion === null) throw refuse(placedProblems(stored, errors, ruleSet.exAnte));
    const result = {
      score: scored.score,
      conclusion: scored.conclusion,
      byAssessor: scored.byAssessor as Record<string, number>,
      ruleSetId: ruleSet.id,
      ruleSetVersion: ruleSet.version,
      at: meta.now.toISOString(),
      by: principal.subject,
    };
    return { data: { ...stored, result }, comment: input.comment };
  },
});

/**
 * Records the revision after a 完善后予以支持 conclusion (RULES.md §4), which lets the targets of the
 * project be approved. Only on an approved assessment that concluded `revise` (409 otherwise). A new
 * version with the status kept, audited as `recordRevision` with the note.
 */
export const recordExAnteRevision = exAnteLifecycle.change<{ note: string }>({
  action: 'recordRevision',
  roles: financeActRoles('recordRevision'),
  act: { zh: '记录完善情况', en: 'record revisions' },
  prepare: async ({ store, principal, current, input, meta }) => {
    if (current.version !== input.expectedVersion) throw versionConflict(current.version, input.expectedVersion);
    const stored = await currentData(store, current);
    if (!allowedFrom('recordRevision', current.status) || stored.result?.conclusion !== 'revise') {
      throw appError('exAnte.revisionNotExpected', { zh: '只有结论为“完善后予以支持”且已批复的评估才需记录完善情况', en: 'Only an approved assessment that concluded "support after revision" takes a revision' });
    }
    const revision = { note: input.note, at: meta.now.toISOString(), by: principal.subject, byName: principal.name };
    return {
      data: { ...stored, revision },
      comment: `完善情况 / Revision: ${input.note}`,
      detail: { kind: 'recordRevision', note: input.note },
    };
  },
});

/** Policies of a year the caller may see (the subjects of ex-ante assessments besides projects). */
export const listVisiblePolicies = async (
  store: StoreContext,
  principal: Principal,
  where: { year: number; departmentId?: string },
  page?: PageRequest,
): Promise<Page<Policy>> => {
  const scope = await departmentFilter(store, principal, where.departmentId);
  return listPolicies(store, { ...scope, year: where.year }, page);
};
