import type { RuleSet } from '../ruleSet/ruleSet';
import type { EvaluationInput } from './evaluationInput';
import { scoreFramework, type EvaluationResult } from './scoreFramework';

/**
 * Scores a finance re-evaluation or key evaluation (财政重点评价) of a project on 决策/过程/产出/效益
 * (RULES.md §3; 财预〔2020〕10号 附件1), with this evaluation's weights or the rule set's.
 *
 * @example
 * scoreEvaluation({ evaluators: [{ id: 'e1', kind: 'expert', scores: { projectApproval: 5, … } }] }, ruleSet).total
 */
export const scoreEvaluation = (input: EvaluationInput, ruleSet: RuleSet): EvaluationResult =>
  scoreFramework(input, ruleSet.evaluation.frameworks.project, ruleSet);
