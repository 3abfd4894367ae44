import type { SelfEvaluationInput } from '../../scoring/selfEvaluationInput';
import { selfEvaluationCells } from './selfEvaluationCell';
import type { SelfEvaluationSheet } from './selfEvaluationSheet';

/**
 * The scoring input of a filled self-evaluation (scoreSelfEvaluation), with the cell map so every
 * problem names its cell: the add-in scores live with it and the server scores at submit with it.
 * A 定性 indicator's 实际完成值 names its tier; quantitative ones carry their own operator.
 *
 * @example
 * scoreSelfEvaluation(selfEvaluationScoringInput(sheet), ruleSet).total
 */
export const selfEvaluationScoringInput = (sheet: SelfEvaluationSheet): SelfEvaluationInput => ({
  indicators: sheet.indicators.map((indicator) => ({
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    operator: indicator.operator,
    target: indicator.target,
    unit: indicator.unit,
    actual: indicator.actual,
    applicable: indicator.applicable,
    // The reviewer reads why an indicator does not apply in 偏差原因分析及改进措施 (RULES.md §2).
    ...(indicator.applicable ? {} : { notApplicableReason: indicator.deviation }),
    ...(indicator.points === undefined ? {} : { points: indicator.points }),
    ...(indicator.operator === 'qualitative' && indicator.score !== undefined ? { score: indicator.score } : {}),
  })),
  execution: { adjustedFen: sheet.budget.adjustedFen, executedFen: sheet.budget.executedFen },
  cells: selfEvaluationCells(sheet.indicators.length),
});
