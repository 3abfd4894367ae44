import type { Level1 } from '../model/indicator';
import { problem, type Problem } from '../problem';
import type { PointGroup, SelfEvaluationRules } from '../ruleSet/selfEvaluationRules';
import { ONE, ZERO, apportion, cmp, exact, sub, sum, toFixed, toRational, type Rational } from '../values/decimal';
import { locate } from './locate';

export interface PointsRequest {
  level1: Level1;
  /** Points set by the template; absent → an equal share of what the group has left. */
  points?: string | number;
}

export interface AssignedPoints {
  /** Points of each indicator, in input order. */
  points: Rational[];
  /** Points of each group after moving 满意度's points when there is no satisfaction indicator. */
  groups: Record<PointGroup, Rational>;
  problems: Problem[];
}

const groupLabels: Record<PointGroup, { zh: string; en: string }> = {
  output: { zh: '产出指标', en: 'output' },
  outcome: { zh: '效益指标', en: 'outcome' },
  satisfaction: { zh: '满意度指标', en: 'satisfaction' },
};

/**
 * Points per indicator (RULES.md §2). Group points come from the rule set; with no satisfaction
 * indicator its points go to output and outcome in proportion (50/30/10 → 56.25/33.75). Within a group,
 * points set per indicator must add up to the group's points (`selfEvaluation.pointsMismatch`);
 * indicators without points share what is left equally, on the score grid (50 over 3 → 16.67, 16.67,
 * 16.66), so the points always add up exactly.
 */
export const assignPoints = (
  indicators: readonly PointsRequest[],
  rules: SelfEvaluationRules,
  cells?: Readonly<Record<string, string>>,
): AssignedPoints => {
  const decimals = rules.rounding.scoreDecimals;
  const problems: Problem[] = [];
  const groupOf = (i: PointsRequest): PointGroup => rules.groupOf[i.level1];
  const present = new Set(indicators.map(groupOf));

  const groups: Record<PointGroup, Rational> = {
    output: exact(rules.points.output),
    outcome: exact(rules.points.outcome),
    satisfaction: exact(rules.points.satisfaction),
  };
  if (!present.has('satisfaction')) {
    const [toOutput = ZERO, toOutcome = ZERO] = apportion(groups.satisfaction, [groups.output, groups.outcome], decimals);
    groups.output = sum([groups.output, toOutput]);
    groups.outcome = sum([groups.outcome, toOutcome]);
    groups.satisfaction = ZERO;
  }

  const points: Rational[] = indicators.map(() => ZERO);
  for (const group of ['output', 'outcome', 'satisfaction'] as const) {
    const members = indicators.flatMap((indicator, index) => (groupOf(indicator) === group ? [{ indicator, index }] : []));
    const label = groupLabels[group];
    if (members.length === 0) {
      if (cmp(groups[group], ZERO) > 0)
        problems.push(
          problem(
            'selfEvaluation.groupEmpty',
            `${label.zh}没有指标，其分值不计入总分`,
            `There is no ${label.en} indicator; its points are left out of the total`,
            { path: 'indicators' },
          ),
        );
      continue;
    }
    const unset: number[] = [];
    for (const { indicator, index } of members) {
      const given = indicator.points === undefined ? undefined : toRational(indicator.points);
      if (given && cmp(given, ZERO) >= 0) points[index] = given;
      else {
        if (indicator.points !== undefined)
          problems.push(
            problem('selfEvaluation.pointsInvalid', '分值应为不小于0的数字', 'Points must be a number not below 0', locate(`indicators.${index}.points`, cells)),
          );
        unset.push(index);
      }
    }
    const left = sub(groups[group], sum(members.map(({ index }) => points[index]!)));
    const mismatch = unset.length === 0 ? cmp(left, ZERO) !== 0 : cmp(left, ZERO) < 0;
    if (mismatch) {
      const total = toFixed(groups[group], decimals);
      problems.push(
        problem(
          'selfEvaluation.pointsMismatch',
          `${label.zh}各指标分值之和应为 ${total}`,
          `The points of the ${label.en} indicators must add up to ${total}`,
          { path: 'indicators' },
        ),
      );
    } else if (unset.length > 0) {
      const shares = apportion(left, unset.map(() => ONE), decimals);
      unset.forEach((index, k) => (points[index] = shares[k]!));
    }
  }
  return { points, groups, problems };
};
