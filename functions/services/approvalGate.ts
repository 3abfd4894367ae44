import { assessmentGate } from '../../domain/exAnte/assessmentGate';
import type { Conclusion } from '../../domain/exAnte/conclusion';
import { requiresAssessment } from '../../domain/exAnte/requiresAssessment';
import { ExAnteSheet } from '../../domain/forms/exAnte/exAnteSheet';
import { submissionId, type SubmissionHead } from '../../domain/model/submission';
import { appError } from '../errors/appError';
import { getProject } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { getHead, getVersion } from '../store/submissionStore';
import { currentRuleSet } from './ruleSetService';

/**
 * The latest assessment of a subject as the gate reads it: its conclusion once the finance bureau
 * approved it (null while none is approved), and whether the revision it may ask for is recorded.
 */
export const latestAssessment = async (
  store: StoreContext,
  subject: { id: string; year: number },
): Promise<{ conclusion: Conclusion | null; revisionRecorded: boolean }> => {
  const head = await getHead(store, submissionId('exAnteAssessment', subject.year, subject.id));
  if (head?.status !== 'approved') return { conclusion: null, revisionRecorded: false };
  const version = await getVersion(store, head.id, head.version);
  const data = version ? ExAnteSheet.parse(version.data) : undefined;
  return { conclusion: data?.result?.conclusion ?? null, revisionRecorded: data?.revision !== undefined };
};

/**
 * The gate before targets are approved (批复), "未开展或未通过的, 不得安排预算" (RULES.md §4): when the
 * project needs an ex-ante assessment under the region's rule set of the year, its latest approved
 * assessment must conclude 予以支持, or 完善后予以支持 with the revision recorded. Otherwise 422 with the
 * gate's code: `exAnte.assessmentRequired`, `exAnte.revisionRequired` or `exAnte.assessmentRejected`.
 * Only a submitted target sheet is gated; for any other status the workflow's own 409 answers.
 *
 * @example
 * await assertApprovalGate(store, current, meta); // in approveTargetSheet, before changeSubmission
 */
export const assertApprovalGate = async (store: StoreContext, head: SubmissionHead, meta: { now: Date; requestId: string }): Promise<void> => {
  if (head.status !== 'submitted' || head.subjectType !== 'project') return;
  const project = await getProject(store, head.subjectId);
  if (!project) return;
  const rules = (await currentRuleSet(store, project.regionId, project.year, meta)).data.exAnte;
  const requires = requiresAssessment(project, rules);
  if (!requires) return;
  const latest = await latestAssessment(store, project);
  const gate = assessmentGate({ requires, latestAssessment: latest, revisionRecorded: latest.revisionRecorded });
  if (gate.allowed || !gate.problem) return;
  throw appError(gate.problem.code, { zh: gate.problem.message_zh, en: gate.problem.message_en, problems: [gate.problem] });
};
