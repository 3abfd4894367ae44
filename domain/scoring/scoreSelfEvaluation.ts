import { problem, type Problem } from '../problem';
import type { RuleSet } from '../ruleSet/ruleSet';
import type { SelfEvaluationRules } from '../ruleSet/selfEvaluationRules';
import { ZERO, cmp, div, exact, min, mul, roundHalfUp, sum, toNumber, type Rational } from '../values/decimal';
import { assignPoints } from './assignPoints';
import { gradeOf, type Grade } from './grade';
import { locate } from './locate';
import { readQuantity } from './readQuantity';
import { scoreExecution } from './scoreExecution';
import { scoreQualitative } from './scoreQualitative';
import { scoreQuantity } from './scoreQuantity';
import type { SelfEvaluationIndicatorInput, SelfEvaluationInput } from './selfEvaluationInput';

export interface IndicatorScore {
  /** The indicator's points (set, or shared out by the rule set). */
  points: number;
  applicable: boolean;
  /** Rounded to the rule set's decimals; null when not applicable or when an error stops scoring. */
  score: number | null;
  /** 定性: the tier the score was checked against. */
  tier?: string;
  problems: Problem[];
}

export interface SelfEvaluationResult {
  indicators: IndicatorScore[];
  execution: { rate: number | null; points: number; score: number };
  /** Points of the applicable indicators plus execution: the base the total is rescaled from. */
  applicablePoints: number;
  /** Σ rounded scores × full marks / applicable points, rounded, never above full marks. */
  total: number;
  grade: Grade;
  /** Every problem, the indicators' included. */
  problems: Problem[];
  ruleSetId: string;
  ruleSetVersion: number;
}

type Cells = SelfEvaluationInput['cells'];

const scoreIndicator = (
  indicator: SelfEvaluationIndicatorInput,
  index: number,
  w: Rational,
  rules: SelfEvaluationRules,
  cells: Cells,
): { score: Rational | null; tier?: string; problems: Problem[] } => {
  const where = (field: string) => locate(`indicators.${index}.${field}`, cells);
  const name = indicator.name ? `“${indicator.name}”` : `第${index + 1}项指标`;
  const nameEn = indicator.name ? `"${indicator.name}"` : `indicator ${index + 1}`;
  if (indicator.operator === 'qualitative')
    return scoreQualitative(indicator, w, rules.qualitativeTiers, rules.rounding.scoreDecimals, where);

  const target = readQuantity(indicator.target);
  const actual = readQuantity(indicator.actual);
  const problems: Problem[] = [];
  if (target.kind !== 'quantity')
    problems.push(problem('selfEvaluation.targetInvalid', `${name}的指标值不是数值`, `The target of ${nameEn} is not a number`, where('target')));
  if (actual.kind === 'missing')
    problems.push(problem('selfEvaluation.actualMissing', `${name}未填写实际完成值`, `The actual value of ${nameEn} is missing`, where('actual')));
  else if (actual.kind === 'text')
    problems.push(problem('selfEvaluation.actualInvalid', `${name}的实际完成值不是数值`, `The actual value of ${nameEn} is not a number`, where('actual')));
  const operator = indicator.operator ?? (target.kind === 'quantity' ? target.operator : undefined);
  if (!operator)
    problems.push(problem('selfEvaluation.operatorMissing', `${name}未注明指标性质（≥ ≤ ＝ 定性）`, `${nameEn} has no operator (≥ ≤ = qualitative)`, where('operator')));
  if (target.kind !== 'quantity' || actual.kind !== 'quantity' || !operator) return { score: null, problems };

  if (target.unit && actual.unit && target.unit !== actual.unit)
    problems.push(
      problem(
        'selfEvaluation.unitMismatch',
        `${name}的实际完成值单位（${actual.unit}）与指标值单位（${target.unit}）不同`,
        `The actual value of ${nameEn} is in ${actual.unit}, the target in ${target.unit}`,
        where('actual'),
        'warning',
      ),
    );
  const score = scoreQuantity({ operator, points: w, target: target.value, actual: actual.value }, rules.reverseVariant);
  return { score, problems };
};

/**
 * Scores 项目支出绩效自评表 (RULES.md §2, 财预〔2020〕10号) with a rule set: each indicator by its
 * operator, budget execution from exact fen, not-applicable indicators left out and the total rescaled
 * to full marks, every score rounded half-up in decimal arithmetic, the grade from the half-open bands.
 * The same input and rule set always give the same result; the result names the rule set's version.
 *
 * @example
 * scoreSelfEvaluation({ indicators: [{ level1: 'output', operator: 'gte', target: '≥50个', actual: '40个' }],
 *   execution: { adjustedFen: 31_020_000, executedFen: 15_474_000 } }, defaultRuleSet('nantong', 2025))
 */
export const scoreSelfEvaluation = (input: SelfEvaluationInput, ruleSet: RuleSet): SelfEvaluationResult => {
  const rules = ruleSet.selfEvaluation;
  const decimals = rules.rounding.scoreDecimals;
  const assigned = assignPoints(input.indicators, rules, input.cells);

  const rounded: Rational[] = [];
  let applicablePoints = exact(rules.points.execution);
  const indicators = input.indicators.map((indicator, index): IndicatorScore => {
    const w = assigned.points[index]!;
    const points = toNumber(w, decimals);
    if (indicator.applicable === false) return { points, applicable: false, score: null, problems: [] };
    applicablePoints = sum([applicablePoints, w]);
    const scored = scoreIndicator(indicator, index, w, rules, input.cells);
    const score = scored.score === null ? null : roundHalfUp(scored.score, decimals);
    if (score) rounded.push(score);
    return {
      points,
      applicable: true,
      score: score === null ? null : toNumber(score, decimals),
      ...(scored.tier ? { tier: scored.tier } : {}),
      problems: scored.problems,
    };
  });

  const execution = scoreExecution(input.execution, rules, locate('execution', input.cells));
  const executionScore = roundHalfUp(execution.score, decimals);
  const fullMarks = sum([rules.points.output, rules.points.outcome, rules.points.satisfaction, rules.points.execution].map(exact));
  const raw = sum([...rounded, executionScore]);
  // Not applicable → rescale to full marks over the applicable points (RULES.md §2); never above full marks.
  const total = cmp(applicablePoints, ZERO) === 0 ? ZERO : min(roundHalfUp(mul(raw, div(fullMarks, applicablePoints)), decimals), fullMarks);
  const totalNumber = toNumber(total, decimals);

  return {
    indicators,
    execution: {
      rate: execution.rate === null ? null : toNumber(execution.rate, rules.rounding.rateDecimals),
      points: toNumber(exact(rules.points.execution), decimals),
      score: toNumber(executionScore, decimals),
    },
    applicablePoints: toNumber(applicablePoints, decimals),
    total: totalNumber,
    grade: gradeOf(totalNumber, rules.gradeBands),
    problems: [...assigned.problems, ...indicators.flatMap((i) => i.problems), ...execution.problems],
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
  };
};
