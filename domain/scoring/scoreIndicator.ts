import { problem, type Problem } from '../problem';
import { operatorSymbols } from '../model/indicator';
import type { SelfEvaluationRules } from '../ruleSet/selfEvaluationRules';
import { actualInTargetUnit } from './actualInTargetUnit';
import type { Rational } from '../values/decimal';
import { locate } from './locate';
import { readQuantity } from './readQuantity';
import { scoreQualitative } from './scoreQualitative';
import { scoreQuantity } from './scoreQuantity';
import type { SelfEvaluationIndicatorInput } from './selfEvaluationInput';

export interface ScoredIndicator {
  /** Exact score in [0, w]; null when an error stops scoring (the problems name the cells). */
  score: Rational | null;
  tier?: string;
  problems: Problem[];
}

/**
 * One applicable indicator of a self-evaluation, read as real tables write it (RULES.md §1):
 * - a target with no number ("效果明显") is 定性, marked or not (a warning says so when it was not);
 * - a bare number ("100%", "50个") takes the rule set's `bareNumberOperator` (≤ for 成本, ≥ otherwise),
 *   with a warning on the target cell; with no default it is an error;
 * - the actual is converted into the target's unit within a dimension (900000元 → 90万元); another
 *   dimension, or a bare 0.96 against a % target, is an error on the actual cell.
 */
export const scoreIndicator = (
  indicator: SelfEvaluationIndicatorInput,
  index: number,
  w: Rational,
  rules: SelfEvaluationRules,
  cells?: Readonly<Record<string, string>>,
): ScoredIndicator => {
  const where = (field: string) => locate(`indicators.${index}.${field}`, cells);
  const name = { zh: indicator.name ? `“${indicator.name}”` : `第${index + 1}项指标`, en: indicator.name ? `"${indicator.name}"` : `indicator ${index + 1}` };
  const target = readQuantity(indicator.target);
  const problems: Problem[] = [];

  if (indicator.operator === 'qualitative' || target.kind === 'text') {
    if (indicator.operator !== 'qualitative')
      problems.push(
        problem(
          'selfEvaluation.readAsQualitative',
          `${name.zh}的指标值没有数字，按定性指标计分`,
          `The target of ${name.en} has no number, so it is scored as qualitative`,
          where('target'),
          'warning',
        ),
      );
    const scored = scoreQualitative(indicator, w, rules.qualitativeTiers, rules.rounding.scoreDecimals, where);
    return { ...scored, problems: [...problems, ...scored.problems] };
  }

  const actual = readQuantity(indicator.actual);
  if (target.kind === 'missing')
    problems.push(problem('selfEvaluation.targetInvalid', `${name.zh}未填写指标值`, `The target of ${name.en} is missing`, where('target')));
  if (actual.kind === 'missing')
    problems.push(problem('selfEvaluation.actualMissing', `${name.zh}未填写实际完成值`, `The actual value of ${name.en} is missing`, where('actual')));
  else if (actual.kind === 'text')
    problems.push(problem('selfEvaluation.actualInvalid', `${name.zh}的实际完成值不是数值`, `The actual value of ${name.en} is not a number`, where('actual')));

  const isCost = indicator.level1 === 'cost' || indicator.level2 === 'cost';
  const bare = isCost ? rules.bareNumberOperator.cost : rules.bareNumberOperator.other;
  const stated = indicator.operator ?? (target.kind === 'quantity' ? target.operator : undefined);
  const operator = stated ?? bare ?? undefined;
  if (!operator)
    problems.push(problem('selfEvaluation.operatorMissing', `${name.zh}未注明指标性质（≥ ≤ ＝ 定性）`, `${name.en} has no operator (≥ ≤ = qualitative)`, where('operator')));
  else if (!stated && target.kind === 'quantity')
    problems.push(
      problem(
        'selfEvaluation.operatorAssumed',
        `${name.zh}的指标值未注明 ≥ ≤ ＝，按规则集读作“${operatorSymbols[operator]}${String(indicator.target).trim()}”`,
        `The target of ${name.en} states no ≥ ≤ =; the rule set reads it as "${operatorSymbols[operator]}${String(indicator.target).trim()}"`,
        where('target'),
        'warning',
      ),
    );
  if (target.kind !== 'quantity' || actual.kind !== 'quantity' || !operator) return { score: null, problems };

  const inTargetUnit = actualInTargetUnit(actual, target.unit || (indicator.unit ?? ''), name, where('actual'), 'selfEvaluation');
  if ('problem' in inTargetUnit) return { score: null, problems: [...problems, inTargetUnit.problem] };
  const score = scoreQuantity({ operator, points: w, target: target.value, actual: inTargetUnit.value }, rules.reverseVariant);
  return { score, problems };
};
