import { z } from 'zod';
import { Level1, Operator } from '../model/indicator';
import { Fen } from '../model/money';

/** A value as it arrives: a decimal string, a cell's text ("≥50个") or a number read from a cell. */
const Value = z.union([z.string().max(200), z.number().finite()]);

/** One indicator row of 项目支出绩效自评表. */
export const SelfEvaluationIndicatorInput = z.object({
  level1: Level1,
  name: z.string().max(200).optional(),
  /** 指标性质; when absent, read from the target cell ("≥50个"). */
  operator: Operator.optional(),
  target: Value.optional(),
  actual: Value.optional(),
  /** Points set by the template; when absent the group's points are shared equally. */
  points: Value.optional(),
  /** false: 不适用, left out and the total rescaled (RULES.md §2). */
  applicable: z.boolean().optional(),
  /** 定性: the score the filer picked inside the tier. */
  score: Value.optional(),
  /** 定性: the tier (达成年度指标 …); when absent read from `actual`. */
  tier: z.string().max(100).optional(),
});
export type SelfEvaluationIndicatorInput = z.infer<typeof SelfEvaluationIndicatorInput>;

export const SelfEvaluationInput = z.object({
  indicators: z.array(SelfEvaluationIndicatorInput).max(500),
  execution: z.object({ adjustedFen: Fen, executedFen: Fen }),
  /** Optional map from data path ("indicators.3.score") to the A1 cell on the caller's sheet. */
  cells: z.record(z.string(), z.string()).optional(),
});
export type SelfEvaluationInput = z.infer<typeof SelfEvaluationInput>;
