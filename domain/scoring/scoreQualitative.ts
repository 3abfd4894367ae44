import { problem, type Problem } from '../problem';
import type { QualitativeTier } from '../ruleSet/selfEvaluationRules';
import { cmp, exact, mul, toFixed, toRational, type Rational } from '../values/decimal';

export interface QualitativeInput {
  /** The tier the filer chose (its id, Chinese or English label, or an alias such as 部分达成). */
  tier?: string;
  /** 实际完成值 as written; read as the tier when `tier` is absent. */
  actual?: string | number;
  /** The score the filer picked inside the tier. */
  score?: string | number;
}

export interface QualitativeScore {
  score: Rational | null;
  tier?: string;
  problems: Problem[];
}

type Where = (field: 'score' | 'actual') => { path: string; cell?: string };

const findTier = (tiers: readonly QualitativeTier[], text: string | number | undefined): QualitativeTier | undefined => {
  if (text === undefined) return undefined;
  const wanted = String(text).trim();
  return tiers.find(
    (t) =>
      t.id === wanted ||
      t.label.zh === wanted ||
      t.label.en.toLowerCase() === wanted.toLowerCase() ||
      t.aliases.includes(wanted),
  );
};

const bounds = (tier: QualitativeTier, w: Rational): [Rational, Rational] => [mul(exact(tier.from), w), mul(exact(tier.to), w)];

// Half-open like every band: the top tier holds its upper end (w itself), the others stop below it.
const holds = (tier: QualitativeTier, isTop: boolean, w: Rational, score: Rational): boolean => {
  const [low, high] = bounds(tier, w);
  return cmp(score, low) >= 0 && (isTop ? cmp(score, high) <= 0 : cmp(score, high) < 0);
};

/**
 * A 定性 indicator's score (RULES.md §2): the filer picks the score inside the tier, 达成年度指标
 * `[0.8w, w]`, 部分达成并具有一定效果 `[0.6w, 0.8w)`, 未达成且效果较差 `[0, 0.6w)`. A score outside its
 * tier is the error `selfEvaluation.qualitativeOutOfTier` and scores nothing; without a tier, a score
 * within [0, w] counts, with a warning.
 */
export const scoreQualitative = (
  input: QualitativeInput,
  w: Rational,
  tiers: readonly QualitativeTier[],
  decimals: number,
  where: Where,
): QualitativeScore => {
  const tier = findTier(tiers, input.tier) ?? findTier(tiers, input.actual);
  const score = input.score === undefined ? undefined : toRational(input.score);
  if (!score) {
    return {
      score: null,
      ...(tier ? { tier: tier.id } : {}),
      problems: [problem('selfEvaluation.scoreMissing', '定性指标须填写数值得分', 'A qualitative indicator needs a numeric score', where('score'))],
    };
  }
  const shown = toFixed(score, decimals);
  if (!tier) {
    const index = tiers.findIndex((t, i) => holds(t, i === 0, w, score));
    if (index < 0)
      return {
        score: null,
        problems: [
          problem(
            'selfEvaluation.scoreOutOfRange',
            `得分 ${shown} 超出 0 至 ${toFixed(w, decimals)} 的范围`,
            `Score ${shown} is outside 0 to ${toFixed(w, decimals)}`,
            where('score'),
          ),
        ],
      };
    return {
      score,
      tier: tiers[index]!.id,
      problems: [
        problem(
          'selfEvaluation.qualitativeTierMissing',
          '定性指标未注明完成档次（达成年度指标/部分达成并具有一定效果/未达成且效果较差），按得分归档',
          'The qualitative indicator names no tier (achieved / partly achieved / not achieved); the tier is taken from the score',
          where('actual'),
          'warning',
        ),
      ],
    };
  }
  const isTop = tiers[0]?.id === tier.id;
  if (holds(tier, isTop, w, score)) return { score, tier: tier.id, problems: [] };
  const [low, high] = bounds(tier, w);
  const range = `[${toFixed(low, decimals)}, ${toFixed(high, decimals)}${isTop ? ']' : ')'}`;
  return {
    score: null,
    tier: tier.id,
    problems: [
      problem(
        'selfEvaluation.qualitativeOutOfTier',
        `得分 ${shown} 不在“${tier.label.zh}”档 ${range} 内`,
        `Score ${shown} is outside the tier "${tier.label.en}" ${range}`,
        where('score'),
      ),
    ],
  };
};

