import { problem, type Problem } from '../problem';
import type { Conclusion } from './conclusion';

export interface AssessmentGateInput {
  /** From `requiresAssessment`. */
  requires: boolean;
  /** The latest assessment's conclusion; null or absent when none was made or it could not be scored. */
  latestAssessment?: { conclusion: Conclusion | null } | null;
  /** Whether the revisions asked for by a `revise` conclusion have been recorded. */
  revisionRecorded?: boolean;
}

/** Why the gate is closed: the problem code, also the code of the refusal (docs/api.md "Error codes"). */
export type AssessmentGateCode = 'exAnte.revisionRequired' | 'exAnte.assessmentRejected' | 'exAnte.assessmentRequired';

/**
 * The gate before approval (批复): "未开展或未通过的, 不得安排预算" (RULES.md §4). Approval is allowed
 * when no assessment is required, when the latest one concludes support, or when it concludes
 * support-after-revision and the revision is recorded.
 *
 * @example
 * assessmentGate({ requires: true, latestAssessment: { conclusion: 'revise' }, revisionRecorded: true }) // { allowed: true }
 */
export const assessmentGate = ({
  requires,
  latestAssessment,
  revisionRecorded = false,
}: AssessmentGateInput): { allowed: boolean; problem?: Problem & { code: AssessmentGateCode } } => {
  if (!requires) return { allowed: true };
  const conclusion = latestAssessment?.conclusion ?? null;
  if (conclusion === 'support') return { allowed: true };
  if (conclusion === 'revise' && revisionRecorded) return { allowed: true };
  if (conclusion === 'revise')
    return {
      allowed: false,
      problem: problem(
        'exAnte.revisionRequired',
        '事前绩效评估结论为"完善后予以支持"，完善情况未记录，不得安排预算',
        'The ex-ante assessment concluded "support after revision" and no revision is recorded: the budget cannot be arranged',
      ),
    };
  if (conclusion === 'reject')
    return {
      allowed: false,
      problem: problem(
        'exAnte.assessmentRejected',
        '事前绩效评估结论为"不予支持"，不得安排预算',
        'The ex-ante assessment concluded "do not support": the budget cannot be arranged',
      ),
    };
  return {
    allowed: false,
    problem: problem(
      'exAnte.assessmentRequired',
      '须先开展事前绩效评估，未开展或未通过的不得安排预算',
      'An ex-ante assessment is required first: without a passing one the budget cannot be arranged',
    ),
  };
};
