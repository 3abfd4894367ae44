import { problem, type Problem } from '../problem';
import type { SelfEvaluationRules } from '../ruleSet/selfEvaluationRules';
import { ONE, ZERO, cmp, div, exact, min, mul, roundHalfUp, type Rational } from '../values/decimal';

export interface ExecutionAmounts {
  /** 全年预算数: the budget after adjustment, not 年初预算数, in fen. */
  adjustedFen: number;
  /** 全年执行数, in fen. */
  executedFen: number;
}

export interface ExecutionScore {
  /** Exact rate, or the whole-percent rate when the rule set rounds the rate first; null when the budget is 0. */
  rate: Rational | null;
  /** Score before the final rounding to score decimals. */
  score: Rational;
  problems: Problem[];
}

/**
 * 预算执行率 and its score (RULES.md §2): rate = 全年执行数 / 全年预算数 from exact fen; score =
 * `min(rate, 1) × points`. With `rateStage: 'wholePercent'` the rate is rounded to a whole percent first
 * (154.74 / 310.2 = 49.88% → 50% → 5 points; exact: 4.99).
 */
export const scoreExecution = (
  amounts: ExecutionAmounts,
  rules: SelfEvaluationRules,
  where: { path: string; cell?: string },
): ExecutionScore => {
  if (amounts.adjustedFen === 0) {
    return {
      rate: null,
      score: ZERO,
      problems: [
        problem('selfEvaluation.adjustedBudgetZero', '全年预算数为0，无法计算预算执行率', 'The adjusted budget is 0, so there is no execution rate', where),
      ],
    };
  }
  const exactRate = div(exact(BigInt(amounts.executedFen)), exact(BigInt(amounts.adjustedFen)));
  const rate = rules.rounding.rateStage === 'wholePercent' ? roundHalfUp(exactRate, 2) : exactRate;
  const problems =
    cmp(exactRate, ONE) > 0
      ? [problem('selfEvaluation.executionOverBudget', '全年执行数超过全年预算数', 'Execution exceeds the adjusted budget', where, 'warning')]
      : [];
  return { rate, score: mul(min(rate, ONE), exact(rules.points.execution)), problems };
};
