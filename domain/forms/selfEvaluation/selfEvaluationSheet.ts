import { z } from 'zod';
import { Id, Year } from '../../model/ids';
import { Level1, Level2, Operator } from '../../model/indicator';
import { Fen } from '../../model/money';
import { Grade } from '../../scoring/grade';

/** A decimal as typed, never a float: "10", "16.67". */
const DecimalText = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number, e.g. 10 or 16.67');

/**
 * One indicator row of 项目支出绩效自评表. What the approved target sheet said (level1 … unit) is
 * locked; the filer fills 实际完成值, 分值 (when the template leaves it open), 定性得分 and 偏差原因.
 */
export const SelfEvaluationIndicator = z.object({
  level1: Level1,
  level2: Level2,
  name: z.string().trim().min(1).max(200),
  operator: Operator,
  target: z.string().trim().max(500),
  unit: z.string().trim().max(20),
  /** 实际完成值: a number (decimal text, a unit may follow) or, for 定性, the tier (达成年度指标 …). */
  actual: z.string().trim().max(500),
  /** false: 不适用 (left out, the total rescaled; RULES.md §2). */
  applicable: z.boolean(),
  /** 分值; absent → an equal share of the group's points (assignPoints). */
  points: DecimalText.optional(),
  /** 定性 only: the score the filer picks inside the tier. */
  score: DecimalText.optional(),
  /** 偏差原因分析及改进措施. */
  deviation: z.string().trim().max(1000),
});
export type SelfEvaluationIndicator = z.infer<typeof SelfEvaluationIndicator>;

/**
 * The score the server computed and stored at submit or recompute: never sent by the client. It names
 * the rule set and version it was computed with (RULES.md preamble), so a later rule-set change never
 * changes it.
 */
export const StoredSelfEvaluationScore = z.object({
  total: z.number(),
  grade: Grade,
  applicablePoints: z.number(),
  execution: z.object({ rate: z.number().nullable(), points: z.number(), score: z.number() }),
  indicators: z.array(z.object({ points: z.number(), applicable: z.boolean(), score: z.number().nullable(), tier: z.string().optional() })),
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int().min(1),
  computedAt: z.string(),
});
export type StoredSelfEvaluationScore = z.infer<typeof StoredSelfEvaluationScore>;

/**
 * 项目支出绩效自评表 (RULES.md §2; 财预〔2020〕10号): generated from the project's approved target sheet
 * (names, 年初预算数, 年度目标 and the indicators with their targets are copied and locked), filled with
 * the budget after adjustment and its execution, what was achieved, and each indicator's actual value.
 */
export const SelfEvaluationSheet = z.object({
  projectId: Id,
  year: Year,
  /** The approved target sheet version this form was generated from. */
  targetSheetVersion: z.number().int().min(1),
  projectName: z.string().trim().min(1).max(200),
  departmentName: z.string().trim().max(100),
  unitName: z.string().trim().max(100),
  budget: z.object({
    /** 年初预算数: the target sheet's 年度资金总额 (locked). */
    initialFen: Fen,
    /** 全年预算数: after adjustment; the execution rate's base (RULES.md §2). */
    adjustedFen: Fen,
    /** 全年执行数. */
    executedFen: Fen,
  }),
  annualGoal: z.string().trim().max(2000),
  /** 实际完成情况. */
  actualCompletion: z.string().trim().max(2000),
  indicators: z.array(SelfEvaluationIndicator).max(500),
  result: StoredSelfEvaluationScore.optional(),
});
export type SelfEvaluationSheet = z.infer<typeof SelfEvaluationSheet>;
