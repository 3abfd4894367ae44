import type { RuleSet } from '../ruleSet/ruleSet';
import type { EvaluationInput } from './evaluationInput';
import { scoreFramework, type EvaluationResult } from './scoreFramework';

/**
 * Scores a department overall evaluation (部门整体绩效评价, RULES.md §3) on 投入/过程/产出/效果.
 * Measured items (预算执行率, 结转结余率, 三公经费变动率, 重点工作办结率) are scored "按完成比例计算得分,
 * 满分为止" from `actuals`: ≥ items `w·min(a/t, 1)`, ≤ items by the rule set's reverse variant.
 *
 * @example
 * scoreDepartmentEvaluation({ evaluators, actuals: { executionRate: '92.5' } }, ruleSet).total
 */
export const scoreDepartmentEvaluation = (input: EvaluationInput, ruleSet: RuleSet): EvaluationResult =>
  scoreFramework(input, ruleSet.evaluation.frameworks.department, ruleSet);
