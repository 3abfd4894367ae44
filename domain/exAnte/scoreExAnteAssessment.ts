import { bandOf } from '../rules/bands';
import { problem, type Problem } from '../problem';
import { ZERO, add, cmp, div, exact, isZero, mul, roundHalfUp, sum, toNumber, type Rational } from '../values/decimal';
import type { ExAnteRules } from '../ruleSet/exAnteRules';
import { assessorLabels, assessors, type Assessor } from './assessor';
import { checklistsFor } from './checklist';
import type { Conclusion } from './conclusion';
import { exAnteDimensionLabels, exAnteDimensions } from './dimension';
import type { ExAnteAssessment } from './exAnteAssessment';

// Sub-scores are typed with a few decimals; totals keep them all (no rounding before the aggregate).
const exactDecimals = 6;

/** The outcome of scoring an ex-ante assessment; `score` and `conclusion` are null while errors remain. */
export interface ExAnteResult {
  /** Each assessor's total (Σ sub-scores), in input order. */
  assessorTotals: { assessor: Assessor; name?: string; total: number }[];
  /** Mean total per kind of assessor present. */
  byAssessor: Partial<Record<Assessor, number>>;
  /** Aggregate score, rounded to `rules.scoreDecimals`. */
  score: number | null;
  conclusion: Conclusion | null;
  problems: Problem[];
}

/**
 * Scores an ex-ante assessment (RULES.md §4): checks every sub-score against its dimension's points,
 * totals each assessor, averages within each kind of assessor, weights the kinds by
 * `rules.assessorWeights`, rounds, and reads the conclusion off `rules.conclusionBands`.
 * Unanswered checklist items are warnings; they do not stop the score.
 *
 * @example
 * scoreExAnteAssessment({ subject: 'project', assessors: [{ assessor: 'finance', scores: { necessity: 18, economy: 18, targetSoundness: 18, feasibility: 18, financingCompliance: 18 } }], checklistAnswers: {} }, defaultExAnteRules)
 * // { score: 90, conclusion: 'support', ... }
 */
export const scoreExAnteAssessment = (assessment: ExAnteAssessment, rules: ExAnteRules): ExAnteResult => {
  const problems: Problem[] = [];

  // Exact sums (RULES.md §4): five sub-scores of 17.999 are 89.995 and round to 90, where a float sum
  // (89.99499999999999) would round to 89.99 and change the conclusion.
  const exactTotals: Rational[] = [];
  const assessorTotals = assessment.assessors.map((entry, i) => {
    let total = ZERO;
    for (const dimension of exAnteDimensions) {
      const points = rules.dimensionPoints[dimension];
      const score = entry.scores[dimension];
      const label = exAnteDimensionLabels[dimension][assessment.subject];
      const path = `assessors.${i}.scores.${dimension}`;
      if (score === undefined) {
        if (points > 0)
          problems.push(problem('exAnte.scoreMissing', `缺少"${label.zh}"得分`, `No score for "${label.en}"`, { path }));
        continue;
      }
      if (cmp(exact(score), exact(points)) > 0)
        problems.push(
          problem(
            'exAnte.scoreAbovePoints',
            `"${label.zh}"得分 ${score} 超过分值 ${points}`,
            `"${label.en}" score ${score} exceeds its ${points} points`,
            { path },
          ),
        );
      total = add(total, exact(score));
    }
    exactTotals.push(total);
    return { assessor: entry.assessor, ...(entry.name ? { name: entry.name } : {}), total: toNumber(total, exactDecimals) };
  });

  const byAssessor: Partial<Record<Assessor, number>> = {};
  let weighted = ZERO;
  let weights = ZERO;
  for (const kind of assessors) {
    const totals = exactTotals.filter((_, i) => assessorTotals[i]!.assessor === kind);
    if (!totals.length) continue;
    const mean = div(sum(totals), exact(totals.length));
    const weight = exact(rules.assessorWeights[kind]);
    byAssessor[kind] = toNumber(mean, rules.scoreDecimals);
    weighted = add(weighted, mul(weight, mean));
    weights = add(weights, weight);
  }
  if (isZero(weights))
    problems.push(
      problem(
        'exAnte.noCountingAssessor',
        `没有计入结论的评估主体（${assessors.filter((a) => rules.assessorWeights[a] > 0).map((a) => assessorLabels[a].zh).join('、')}）`,
        `No assessor whose score counts (${assessors.filter((a) => rules.assessorWeights[a] > 0).map((a) => assessorLabels[a].en).join(', ')})`,
        { path: 'assessors' },
      ),
    );

  for (const list of checklistsFor(assessment.category))
    for (const item of rules.checklists[list])
      if (!assessment.checklistAnswers[list]?.[item.id])
        problems.push(
          problem(
            'exAnte.checklistUnanswered',
            `审核要点未填写：${item.zh}`,
            `Checklist item not answered: ${item.en}`,
            { path: `checklistAnswers.${list}.${item.id}` },
            'warning',
          ),
        );

  const blocked = problems.some((p) => p.severity === 'error');
  const score = blocked ? null : toNumber(roundHalfUp(div(weighted, weights), rules.scoreDecimals), rules.scoreDecimals);
  return {
    assessorTotals,
    byAssessor,
    score,
    conclusion: score === null ? null : bandOf(rules.conclusionBands, score),
    problems,
  };
};
