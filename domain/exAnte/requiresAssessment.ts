import type { Project } from '../model/project';
import type { ExAnteRules } from '../ruleSet/exAnteRules';

/** What decides whether a project or policy needs an ex-ante assessment. */
export type AssessmentCandidate = Pick<Project, 'isMajor' | 'isNew' | 'amountFen' | 'year' | 'period'> & {
  /**
   * An expiring project or policy proposed to continue. When absent it is read from the data: a
   * continuing (延续) item budgeted for a year after its implementation period ended.
   */
  expiringContinuation?: boolean;
};

/**
 * Whether a project or policy must pass an ex-ante assessment before its budget is arranged
 * (RULES.md §4: new major ones, and expiring ones proposed to continue, as `rules.requireFor` says).
 * Major means the `isMajor` flag or a planned amount at or above `rules.majorAmountThresholdFen`.
 *
 * @example
 * requiresAssessment({ isMajor: false, isNew: true, amountFen: 600_000_000, year: 2025, period: { from: 2025, to: 2027 } }, defaultExAnteRules) // true
 */
export const requiresAssessment = (project: AssessmentCandidate, rules: ExAnteRules): boolean => {
  const threshold = rules.majorAmountThresholdFen;
  const major = project.isMajor || (threshold !== null && project.amountFen >= threshold);
  const expiring = project.expiringContinuation ?? (!project.isNew && project.year > project.period.to);
  const continuation = rules.requireFor.expiringContinuation;
  return (
    (rules.requireFor.newMajor && project.isNew && major) ||
    (expiring && (continuation === 'all' || (continuation === 'major' && major)))
  );
};
