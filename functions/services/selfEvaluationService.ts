import { selfEvaluationDefinition } from '../../domain/forms/selfEvaluation/selfEvaluationDefinition';
import { keepLockedFields } from '../../domain/forms/selfEvaluation/selfEvaluationLocked';
import { selfEvaluationFromTargetSheet } from '../../domain/forms/selfEvaluation/selfEvaluationFromTargetSheet';
import { selfEvaluationScoringInput } from '../../domain/forms/selfEvaluation/selfEvaluationScoringInput';
import { SelfEvaluationSheet, type StoredSelfEvaluationScore } from '../../domain/forms/selfEvaluation/selfEvaluationSheet';
import { statusLabels, submissionId, type SubmissionHead } from '../../domain/model/submission';
import { TargetSheet } from '../../domain/model/targetSheet';
import { scoreSelfEvaluation } from '../../domain/scoring/scoreSelfEvaluation';
import type { Principal } from '../../contract/principal';
import { appError } from '../errors/appError';
import { refuseOnErrors } from '../errors/refuseOnErrors';
import { getProject } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { getHead, getVersion } from '../store/submissionStore';
import { formLifecycle } from './formLifecycle';
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
 * 项目支出绩效自评表 (RULES.md §2) as a submission: created from the project's approved target sheet,
 * filled and submitted by the department, scored by the server at submit with the region's current
 * rule set (the score is stored with its ruleSetId and version), returned or approved by the finance
 * reviewer, and recomputed only on an explicit, audited request by finance.
 */
export type SelfEvaluationView = SubmissionView<SelfEvaluationSheet>;

const fileRoles = selfEvaluationDefinition.roles.file;

/** Reading, 退回修改 and 审核通过: the parts every form shares. */
export const selfEvaluationLifecycle = formLifecycle({
  form: 'selfEvaluation',
  definition: selfEvaluationDefinition,
  acts: { return: { zh: '退回绩效自评', en: 'return self-evaluations' }, approve: { zh: '审核绩效自评', en: 'approve self-evaluations' } },
});

const { currentData } = selfEvaluationLifecycle;

/** The client never sends the score: what it sends is laid over the locked fields and the score dropped. */
const fromClient = (data: SelfEvaluationSheet, stored: SelfEvaluationSheet): SelfEvaluationSheet => keepLockedFields(data, stored);

/**
 * Scores a sheet with the region's current rule set for its year. Errors (a missing actual value, a
 * score outside its tier …) refuse with 422 `selfEvaluation.invalid` and cell-addressed problems.
 */
const scoreSheet = async (
  store: StoreContext,
  head: SubmissionHead,
  data: SelfEvaluationSheet,
  meta: WriteMeta,
): Promise<StoredSelfEvaluationScore> => {
  const { data: ruleSet } = await currentRuleSet(store, head.regionId, head.year, meta);
  const result = scoreSelfEvaluation(selfEvaluationScoringInput(data), ruleSet);
  refuseOnErrors(result.problems, 'selfEvaluation.invalid', { zh: '自评表', en: 'The self-evaluation' });
  // Without errors the total and grade exist (scoreSelfEvaluation withholds them only on errors).
  const { total, grade } = result;
  if (total === null || grade === null) throw new Error('a self-evaluation without errors has a total');
  return {
    total,
    grade,
    applicablePoints: result.applicablePoints,
    execution: result.execution,
    indicators: result.indicators.map(({ points, applicable, score, tier }) => ({ points, applicable, score, ...(tier ? { tier } : {}) })),
    ruleSetId: result.ruleSetId,
    ruleSetVersion: result.ruleSetVersion,
    computedAt: meta.now.toISOString(),
  };
};

/**
 * Creates the self-evaluation of a project from its approved target sheet (one per project and year).
 * 409 `selfEvaluation.targetsNotApproved` while the target sheet is missing or not yet approved.
 */
export const createSelfEvaluation = async (
  store: StoreContext,
  principal: Principal,
  input: { projectId: string; year: number },
  meta: WriteMeta,
): Promise<SelfEvaluationView> => {
  const project = visibleOr404(principal, await getProject(store, input.projectId), '项目', 'Project');
  const role = requireRole(principal, fileRoles, project, '填报绩效自评', 'file self-evaluations');
  if (project.year !== input.year) {
    throw appError('selfEvaluation.yearMismatch', { zh: `项目“${project.name_zh}”属于 ${project.year} 年度，不是 ${input.year} 年度`, en: `Project "${project.name_en || project.name_zh}" belongs to budget year ${project.year}, not ${input.year}` });
  }
  const targetHead = await getHead(store, submissionId('targetSheet', project.year, project.id));
  if (targetHead?.status !== 'approved') {
    const now = targetHead ? statusLabels[targetHead.status] : { zh: '未填报', en: 'not filed' };
    throw appError('selfEvaluation.targetsNotApproved', { zh: `项目“${project.name_zh}”的绩效目标尚未批复（当前：${now.zh}），批复后才能开展绩效自评`, en: `The targets of project "${project.name_en || project.name_zh}" are not approved yet (now: ${now.en}); self-evaluation starts from approved targets` });
  }
  const targetVersion = await getVersion(store, targetHead.id, targetHead.version);
  if (!targetVersion) throw new Error(`submission ${targetHead.id} has no version ${targetHead.version}`);
  const data = selfEvaluationFromTargetSheet(TargetSheet.parse(targetVersion.data), targetHead.version);
  return selfEvaluationLifecycle.createDraft(store, principal, role, { subject: project, subjectType: 'project', data }, meta);
};

/** Saves a draft (草稿 or 退回修改 only); locked fields stay as generated. */
export const saveSelfEvaluation = selfEvaluationLifecycle.change<{ data: SelfEvaluationSheet }>({
  action: 'save',
  roles: fileRoles,
  act: { zh: '保存绩效自评', en: 'save self-evaluations' },
  prepare: async ({ store, current, input }) => {
    assertChangeAllowed(current, input.expectedVersion, 'save');
    return { data: fromClient(input.data, await currentData(store, current)) };
  },
});

/** Submits (with new data, or the saved data): the server scores it and stores the score with the rule-set version. */
export const submitSelfEvaluation = selfEvaluationLifecycle.change<{ data?: SelfEvaluationSheet }>({
  action: 'submit',
  roles: fileRoles,
  act: { zh: '提交绩效自评', en: 'submit self-evaluations' },
  prepare: async ({ store, current, input, meta }) => {
    assertChangeAllowed(current, input.expectedVersion, 'submit');
    const stored = await currentData(store, current);
    const data = fromClient(input.data ?? stored, stored);
    const result = await scoreSheet(store, current, data, meta);
    return { data: { ...data, result } };
  },
});

/**
 * Recomputes a stored score with the region's current rule set, on an explicit request by finance:
 * a new version with the same status and data and the new score, audited as `recompute` with the
 * rule-set versions and totals before and after (`detail`) and the reason as comment. A rule-set
 * change alone never touches a stored score (RULES.md §2).
 */
export const recomputeSelfEvaluation = selfEvaluationLifecycle.change<{ reason?: string }>({
  action: 'recompute',
  roles: financeActRoles('recompute'),
  act: { zh: '重新计分', en: 'recompute scores' },
  prepare: async ({ store, current, input, meta }) => {
    if (current.version !== input.expectedVersion) throw versionConflict(current.version, input.expectedVersion);
    const data = await currentData(store, current);
    if (!allowedFrom('recompute', current.status) || !data.result) {
      const label = statusLabels[current.status];
      throw appError('selfEvaluation.notScored', { zh: `当前状态为“${label.zh}”，尚无得分可重新计算`, en: `A self-evaluation that is ${label.en.toLowerCase()} has no score to recompute` });
    }
    const stamp = ({ ruleSetId, ruleSetVersion, total }: StoredSelfEvaluationScore) => ({ ruleSetId, ruleSetVersion, total });
    const before = data.result;
    const result = await scoreSheet(store, current, data, meta);
    return { data: { ...data, result }, comment: input.reason, detail: { kind: 'recompute', before: stamp(before), after: stamp(result) } };
  },
});
