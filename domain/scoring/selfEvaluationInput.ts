import { z } from 'zod';
import { Level1, Level2, Operator } from '../model/indicator';
import { Fen } from '../model/money';

/** A value as it arrives: a decimal string, a cell's text ("≥50个") or a number read from a cell. */
const Value = z.union([z.string().max(200), z.number().finite()]);

/** One indicator row of 项目支出绩效自评表. */
export const SelfEvaluationIndicatorInput = z.object({
  level1: Level1,
  /** 二级指标: 成本 under 产出 reads a bare target as ≤, as 一级 成本 does (RULES.md §1). */
  level2: Level2.optional(),
  name: z.string().max(200).optional(),
  /** 指标性质; when absent, read from the target cell ("≥50个"). */
  operator: Operator.optional(),
  target: Value.optional(),
  actual: Value.optional(),
  /** 度量单位, when the target cell carries none ("≥50" with 个 in its own column). */
  unit: z.string().max(20).optional(),
  /** Points set by the template; when absent the group's points are shared equally. */
  points: Value.optional(),
  /** false: 不适用, left out and the total rescaled (RULES.md §2). */
  applicable: z.boolean().optional(),
  /** Why the indicator does not apply: required with `applicable: false`, shown to the reviewer (RULES.md §2). */
  notApplicableReason: z.string().max(1000).optional(),
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
