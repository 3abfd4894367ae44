import { z } from 'zod';
import { EvaluationFramework } from '../ruleSet/evaluationRules';

/** Who scores a finance evaluation (RULES.md §3): finance staff, experts (专家库) or a third-party agency. */
export const evaluatorKinds = ['finance', 'expert', 'agency'] as const;
export const EvaluatorKind = z.enum(evaluatorKinds);
export type EvaluatorKind = z.infer<typeof EvaluatorKind>;

export const evaluatorKindLabels: Record<EvaluatorKind, { zh: string; en: string }> = {
  finance: { zh: '财政人员', en: 'Finance staff' },
  expert: { zh: '专家', en: 'Expert' },
  agency: { zh: '第三方机构', en: 'Third-party agency' },
};

const Value = z.union([z.string().max(100), z.number().finite()]);

/** One evaluator's scores, by item id; each evaluator's scores are kept with the result. */
export const EvaluatorScores = z.object({
  id: z.string().min(1).max(64),
  kind: EvaluatorKind,
  scores: z.record(z.string(), Value),
});
export type EvaluatorScores = z.infer<typeof EvaluatorScores>;

/** A finance re-evaluation, key evaluation (财政重点评价) or department overall evaluation to score. */
export const EvaluationInput = z.object({
  /** This evaluation's own framework and weights; absent → the rule set's. */
  framework: EvaluationFramework.optional(),
  evaluators: z.array(EvaluatorScores).max(50),
  /** Actual values of measured items (预算执行率 …), by item id; measured items then score themselves. */
  actuals: z.record(z.string(), Value).optional(),
  /** Targets of measured items for this evaluation, by item id, overriding the framework's. */
  targets: z.record(z.string(), Value).optional(),
  /** Optional map from data path ("evaluators.0.scores.quantity") to an A1 cell. */
  cells: z.record(z.string(), z.string()).optional(),
});
export type EvaluationInput = z.infer<typeof EvaluationInput>;
