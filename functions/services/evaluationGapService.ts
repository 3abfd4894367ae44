import { selfScoreGap, type SelfScoreGaps } from '../../domain/evaluation/selfScoreGap';
import type { Principal } from '../../contract/principal';
import type { StoreContext } from '../store/storeContext';
import { collectScores } from './evaluationScores';
import { departmentFilter } from './referenceService';
import { currentRuleSet } from './ruleSetService';

export interface EvaluationGaps {
  /** gap = self − finance per project, with both scores and where they came from. */
  projects: (SelfScoreGaps['projects'][number] & { selfScore: number; financeScore: number; selfEvaluationId: string; evaluationId: string })[];
  departments: SelfScoreGaps['departments'];
}

/**
 * GET /v1/evaluations/gaps?year=&departmentId=: the gap between each project's stored self-score and
 * its finance evaluation score (RULES.md §3: a measure of self-evaluation quality), per project and
 * per department, for projects that have both. Rounded to the rule set's evaluation decimals.
 */
export const evaluationGaps = async (
  store: StoreContext,
  principal: Principal,
  where: { year: number; departmentId?: string },
  meta: { now: Date; requestId: string },
): Promise<EvaluationGaps> => {
  const scope = await departmentFilter(store, principal, where.departmentId);
  const { projects } = await collectScores(store, scope, where.year);
  const pairs = projects.flatMap((p) => (p.self && p.finance ? [{ ...p, self: p.self, finance: p.finance }] : []));
  const { data: ruleSet } = await currentRuleSet(store, scope.regionId, where.year, meta);
  const gaps = selfScoreGap(
    pairs.map((p) => ({ projectId: p.projectId, departmentId: p.departmentId, selfScore: p.self.total, financeScore: p.finance.total })),
    ruleSet.evaluation.scoreDecimals,
  );
  return {
    projects: gaps.projects.map((gap, i) => ({
      ...gap,
      selfScore: pairs[i]!.self.total,
      financeScore: pairs[i]!.finance.total,
      selfEvaluationId: pairs[i]!.self.submissionId,
      evaluationId: pairs[i]!.finance.submissionId,
    })),
    departments: gaps.departments,
  };
};
