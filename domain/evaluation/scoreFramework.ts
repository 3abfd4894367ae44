import { problem, type Problem } from '../problem';
import { EvaluationFramework, type EvaluationItem } from '../ruleSet/evaluationRules';
import type { RuleSet } from '../ruleSet/ruleSet';
import { ZERO, cmp, div, exact, roundHalfUp, sum, toFixed, toNumber, toRational, type Rational } from '../values/decimal';
import { gradeOf, type Grade } from '../scoring/grade';
import { actualInTargetUnit } from '../scoring/actualInTargetUnit';
import { locate } from '../scoring/locate';
import { readQuantity } from '../scoring/readQuantity';
import { scoreQuantity } from '../scoring/scoreQuantity';
import { aggregateScores } from './aggregateScores';
import type { EvaluationInput, EvaluatorKind } from './evaluationInput';

export interface EvaluationItemScore {
  id: string;
  partId: string;
  points: number;
  /** Computed from the actual value ("按完成比例计算得分, 满分为止") rather than judged by evaluators. */
  measured: boolean;
  /** The aggregate (or computed) score, rounded; null when nobody gave a valid score. */
  score: number | null;
  /** Each evaluator's own score of the item (null: missing or invalid). */
  byEvaluator: Record<string, number | null>;
}

export interface EvaluationResult {
  items: EvaluationItemScore[];
  parts: { id: string; points: number; score: number }[];
  /** Each evaluator's total (their judged scores plus the computed items), kept for the record. */
  evaluators: { id: string; kind: EvaluatorKind; total: number }[];
  total: number;
  grade: Grade;
  /** Share of the points held by the result parts (产出 + 效益); must reach the rule set's minimum. */
  outputOutcomeShare: number;
  problems: Problem[];
  ruleSetId: string;
  ruleSetVersion: number;
}

const measuredScore = (
  item: EvaluationItem,
  input: EvaluationInput,
  ruleSet: RuleSet,
  problems: Problem[],
): Rational | undefined => {
  const actualValue = input.actuals?.[item.id];
  if (!item.measure || actualValue === undefined) return undefined;
  const actual = readQuantity(actualValue);
  const target = readQuantity(input.targets?.[item.id] ?? item.measure.target);
  if (actual.kind !== 'quantity' || target.kind !== 'quantity') {
    problems.push(
      problem(
        'evaluation.measureInvalid',
        `“${item.label.zh}”的实际值或目标值不是数值`,
        `The actual or target value of "${item.label.en}" is not a number`,
        locate(`actuals.${item.id}`, input.cells),
      ),
    );
    return undefined;
  }
  const inTargetUnit = actualInTargetUnit(
    actual,
    target.unit || item.measure.unit,
    { zh: `“${item.label.zh}”`, en: `"${item.label.en}"` },
    locate(`actuals.${item.id}`, input.cells),
    'evaluation',
  );
  if ('problem' in inTargetUnit) {
    problems.push(inTargetUnit.problem);
    return undefined;
  }
  return scoreQuantity(
    { operator: item.measure.operator, points: exact(item.points), target: target.value, actual: inTargetUnit.value },
    ruleSet.selfEvaluation.reverseVariant,
  );
};

/**
 * Scores an evaluation framework (RULES.md §3): measured items from their actual values with the §2
 * indicator rules, the other items from each evaluator's scores (each ≤ the item's points), combined
 * per item by the rule set's aggregate; parts and total are sums of rounded item scores. A framework
 * whose result parts hold less than the minimum share (产出 + 效益 ≥ 60%) is an error.
 */
export const scoreFramework = (
  input: EvaluationInput,
  defaultFramework: EvaluationFramework,
  ruleSet: RuleSet,
): EvaluationResult => {
  const rules = ruleSet.evaluation;
  const decimals = rules.scoreDecimals;
  const problems: Problem[] = [];
  const framework = input.framework ?? defaultFramework;
  const checked = EvaluationFramework.safeParse(framework);
  if (!checked.success)
    for (const issue of checked.error.issues)
      problems.push(
        problem('evaluation.frameworkInvalid', `评价指标体系无效：${issue.message}`, `Invalid evaluation framework: ${issue.message}`, {
          path: ['framework', ...issue.path].join('.'),
        }),
      );

  const allPoints = sum(framework.parts.map((p) => exact(p.points)));
  const resultPoints = sum(framework.parts.filter((p) => framework.resultParts.includes(p.id)).map((p) => exact(p.points)));
  const share = cmp(allPoints, ZERO) === 0 ? ZERO : div(resultPoints, allPoints);
  if (cmp(share, exact(rules.minOutputOutcomeShare)) < 0) {
    const shown = `${toFixed(share, 4).replace(/0+$/, '').replace(/\.$/, '')}`;
    problems.push(
      problem(
        'evaluation.outputOutcomeShareLow',
        `产出和效益指标权重合计（${shown}）低于 ${rules.minOutputOutcomeShare}（财预〔2020〕10号）`,
        `Output and outcome weigh ${shown} of the total, below ${rules.minOutputOutcomeShare} (MoF 2020 No. 10)`,
        { path: 'framework' },
      ),
    );
  }

  // RULES.md §3: no evaluator is an error, never a total of 0 (差) that the linkage would turn into a cut.
  const judged = framework.parts.flatMap((p) => p.items).filter((item) => !(item.measure && input.actuals?.[item.id] !== undefined));
  if (input.evaluators.length === 0 && judged.length > 0)
    problems.push(
      problem(
        'evaluation.noEvaluators',
        `评价没有评价人打分（须至少一名评价人对“${judged[0]!.label.zh}”等 ${judged.length} 项打分），不能得出总分和等级`,
        `The evaluation has no evaluator (at least one must score "${judged[0]!.label.en}" and the other ${judged.length - 1} judged item(s)), so there is no total or grade`,
        { path: 'evaluators' },
      ),
    );

  const evaluatorTotals = input.evaluators.map(() => ZERO);
  const items: EvaluationItemScore[] = [];
  const partScores: Record<string, Rational> = {};
  for (const part of framework.parts) {
    partScores[part.id] = ZERO;
    for (const item of part.items) {
      const w = exact(item.points);
      const computed = measuredScore(item, input, ruleSet, problems);
      const byEvaluator: Record<string, number | null> = {};
      const valid: Rational[] = [];
      input.evaluators.forEach((evaluator, e) => {
        if (computed) {
          byEvaluator[evaluator.id] = toNumber(computed, decimals);
          evaluatorTotals[e] = sum([evaluatorTotals[e]!, computed]);
          return;
        }
        const where = locate(`evaluators.${e}.scores.${item.id}`, input.cells);
        const given = evaluator.scores[item.id];
        const value = given === undefined ? undefined : toRational(given);
        if (!value) {
          problems.push(problem('evaluation.scoreMissing', `评价人 ${evaluator.id} 未对“${item.label.zh}”打分`, `Evaluator ${evaluator.id} has not scored "${item.label.en}"`, where));
        } else if (cmp(value, ZERO) < 0 || cmp(value, w) > 0) {
          problems.push(
            problem(
              'evaluation.subScoreOutOfRange',
              `评价人 ${evaluator.id} 对“${item.label.zh}”的打分 ${toFixed(value, decimals)} 超出 0 至 ${item.points}`,
              `Evaluator ${evaluator.id} scored "${item.label.en}" ${toFixed(value, decimals)}, outside 0 to ${item.points}`,
              where,
            ),
          );
        } else {
          valid.push(value);
          evaluatorTotals[e] = sum([evaluatorTotals[e]!, value]);
          byEvaluator[evaluator.id] = toNumber(value, decimals);
          return;
        }
        byEvaluator[evaluator.id] = null;
      });
      const combined = computed ?? aggregateScores(valid, rules.aggregate);
      const score = combined === undefined ? null : roundHalfUp(combined, decimals);
      if (score) partScores[part.id] = sum([partScores[part.id]!, score]);
      items.push({ id: item.id, partId: part.id, points: item.points, measured: computed !== undefined, score: score === null ? null : toNumber(score, decimals), byEvaluator });
    }
  }

  const total = sum(Object.values(partScores));
  const totalNumber = toNumber(total, decimals);
  return {
    items,
    parts: framework.parts.map((p) => ({ id: p.id, points: p.points, score: toNumber(partScores[p.id]!, decimals) })),
    evaluators: input.evaluators.map((e, i) => ({ id: e.id, kind: e.kind, total: toNumber(evaluatorTotals[i]!, decimals) })),
    total: totalNumber,
    grade: gradeOf(totalNumber, ruleSet.selfEvaluation.gradeBands),
    outputOutcomeShare: toNumber(share, 4),
    problems,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
  };
};
