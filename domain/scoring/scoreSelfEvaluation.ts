import { problem, type Problem } from '../problem';
import type { RuleSet } from '../ruleSet/ruleSet';
import { ZERO, cmp, div, exact, min, mul, roundHalfUp, sum, toNumber, type Rational } from '../values/decimal';
import { assignPoints } from './assignPoints';
import { gradeOf, type Grade } from './grade';
import { locate } from './locate';
import { scoreExecution } from './scoreExecution';
import { scoreIndicator } from './scoreIndicator';
import type { SelfEvaluationInput } from './selfEvaluationInput';

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
  /**
   * Σ rounded scores × full marks / applicable points, rounded, never above full marks. null (and no
   * grade) while any error remains: an indicator that could not be scored, nothing applicable, points
   * that do not add up… (RULES.md §2 "Refusals and requirements"); the problems name the cells.
   */
  total: number | null;
  grade: Grade | null;
  /** Every problem, the indicators' included. */
  problems: Problem[];
  ruleSetId: string;
  ruleSetVersion: number;
}

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
    if (indicator.applicable === false) {
      // RULES.md §2: not applicable only with a reason the reviewer sees, so a weak indicator cannot
      // quietly leave the total.
      const reasonGiven = (indicator.notApplicableReason ?? '').trim() !== '';
      const problems = reasonGiven
        ? []
        : [
            problem(
              'selfEvaluation.notApplicableReasonMissing',
              `${indicator.name ? `“${indicator.name}”` : `第${index + 1}项指标`}标为不适用，须说明理由`,
              `${indicator.name ? `"${indicator.name}"` : `Indicator ${index + 1}`} is marked not applicable; give the reason`,
              locate(`indicators.${index}.notApplicableReason`, input.cells),
            ),
          ];
      return { points, applicable: false, score: null, problems };
    }
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
  const nothingApplicable = indicators.every((i) => !i.applicable)
    ? [
        problem(
          'selfEvaluation.nothingApplicable',
          '没有适用的绩效指标，无法计分（全部不适用不能得满分）',
          'No indicator applies, so there is nothing to score (all not applicable never scores 100)',
          { path: 'indicators' },
        ),
      ]
    : [];
  const problems = [...assigned.problems, ...nothingApplicable, ...indicators.flatMap((i) => i.problems), ...execution.problems];
  const signable = !problems.some((p) => p.severity === 'error');
  const totalNumber = signable ? toNumber(total, decimals) : null;

  return {
    indicators,
    execution: {
      rate: execution.rate === null ? null : toNumber(execution.rate, rules.rounding.rateDecimals),
      points: toNumber(exact(rules.points.execution), decimals),
      score: toNumber(executionScore, decimals),
    },
    applicablePoints: toNumber(applicablePoints, decimals),
    total: totalNumber,
    grade: totalNumber === null ? null : gradeOf(totalNumber, rules.gradeBands),
    problems,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
  };
};
