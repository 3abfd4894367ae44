import { z } from 'zod';
import { Year } from '../../domain/model/ids';
import { Level1, Level2, Operator } from '../../domain/model/indicator';
import { Fen } from '../../domain/model/money';
import { mergeRuleSet, type DeepPartial } from '../../domain/ruleSet/mergeRuleSet';
import { defaultRuleSet, type RuleSet } from '../../domain/ruleSet/ruleSet';
import { scoreSelfEvaluation, type SelfEvaluationResult } from '../../domain/scoring/scoreSelfEvaluation';
import type { Principal } from '../../contract/principal';
import { appError } from '../errors/appError';
import type { StoreContext } from '../store/storeContext';
import { getVisibleRuleSet } from './ruleSetService';

/** A number, or a cell's text ("≥50个", "≤202.6万元", "100%", "达成年度指标"). */
const Value = z.union([z.string().trim().max(200), z.number().finite()]);

/** POST /v1/self-evaluations/score: what the calculator takes (docs/api.md). */
export const CalculatorRequest = z.strictObject({
  budget: z.strictObject({ initialFen: Fen.optional(), adjustedFen: Fen, executedFen: Fen }),
  indicators: z
    .array(
      z.strictObject({
        level1: Level1,
        level2: Level2,
        name: z.string().trim().max(200),
        operator: Operator.optional(),
        target: Value,
        unit: z.string().trim().max(20).optional(),
        actual: Value,
        points: Value,
        score: Value.optional(),
        applicable: z.boolean().optional(),
        /** Why the indicator does not apply; required with `applicable: false` (RULES.md §2). */
        notApplicableReason: z.string().trim().max(1000).optional(),
      }),
    )
    .max(500),
  /** A stored rule set of the caller's region (GET /v1/rule-sets). */
  ruleSetId: z.string().max(100).optional(),
  /** A what-if: a partial rule set over the stored one (with ruleSetId) or over the defaults. */
  ruleSet: z.record(z.string(), z.unknown()).optional(),
  /** The budget year of the defaults when no ruleSetId is given (default: this year). */
  year: Year.optional(),
  /** Path ("indicators.3.actual") → A1 cell on the caller's sheet, so problems name cells. */
  cells: z.record(z.string(), z.string().max(20)).optional(),
});
export type CalculatorRequest = z.infer<typeof CalculatorRequest>;

export interface CalculatorResult extends SelfEvaluationResult {
  /** True when an inline rule set changed the rule set named by ruleSetId/ruleSetVersion (a what-if, not a stored rule). */
  ruleSetModified: boolean;
}

// A what-if may change any rule, but not what the result says it was computed with.
const identityFields = new Set(['id', 'regionId', 'year', 'version']);

/**
 * The self-evaluation calculator: scores indicators and budget execution with the same domain code
 * the server uses on submit (scoreSelfEvaluation), and stores nothing. A unit (e.g. "个") sent apart
 * from the target is the target's unit when its cell carries none, so the actual converts to it.
 *
 * @example
 * await scoreWithCalculator(store, principal, { budget: { adjustedFen: 310_200_000, executedFen: 154_740_000 }, indicators: [] }, new Date())
 */
export const scoreWithCalculator = async (store: StoreContext, principal: Principal, input: CalculatorRequest, now: Date): Promise<CalculatorResult> => {
  const base: RuleSet = input.ruleSetId
    ? await getVisibleRuleSet(store, principal, input.ruleSetId)
    : defaultRuleSet(principal.regionId, input.year ?? now.getUTCFullYear());
  let ruleSet = base;
  if (input.ruleSet) {
    const partial = Object.fromEntries(Object.entries(input.ruleSet).filter(([key]) => !identityFields.has(key)));
    const merged = mergeRuleSet(base, partial as DeepPartial<RuleSet>);
    if (!merged.ok) {
      throw appError('ruleSet.invalid', { zh: `规则集有 ${merged.problems.length} 处错误`, en: `The rule set has ${merged.problems.length} error(s)`, problems: merged.problems });
    }
    ruleSet = merged.ruleSet;
  }
  const result = scoreSelfEvaluation(
    {
      indicators: input.indicators.map((indicator) => ({
        level1: indicator.level1,
        level2: indicator.level2,
        name: indicator.name,
        ...(indicator.operator ? { operator: indicator.operator } : {}),
        target: indicator.target,
        ...(indicator.unit ? { unit: indicator.unit } : {}),
        actual: indicator.actual,
        points: indicator.points,
        ...(indicator.score === undefined ? {} : { score: indicator.score }),
        ...(indicator.applicable === undefined ? {} : { applicable: indicator.applicable }),
        ...(indicator.notApplicableReason === undefined ? {} : { notApplicableReason: indicator.notApplicableReason }),
      })),
      execution: { adjustedFen: input.budget.adjustedFen, executedFen: input.budget.executedFen },
      ...(input.cells ? { cells: input.cells } : {}),
    },
    ruleSet,
  );
  return { ...result, ruleSetModified: input.ruleSet !== undefined && JSON.stringify(ruleSet) !== JSON.stringify(base) };
};
