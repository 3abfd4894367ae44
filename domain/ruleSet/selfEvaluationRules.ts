import { z } from 'zod';
import { Level1 } from '../model/indicator';
import { ScoreBands } from '../rules/bands';
import { cmp, exact, sum } from '../values/decimal';
import { Grade } from '../scoring/grade';
import { Bilingual } from '../model/bilingual';

/** Groups of points on the self-evaluation form: three indicator groups plus budget execution. */
export const pointGroups = ['output', 'outcome', 'satisfaction'] as const;
export const PointGroup = z.enum(pointGroups);
export type PointGroup = z.infer<typeof PointGroup>;

const Points = z.number().finite().min(0).max(100);

const BareOperator = z.enum(['gte', 'lte', 'eq']);

/** 定性 tiers as fractions of an indicator's points; listed from the top, half-open like every band. */
export const QualitativeTier = z.object({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
  label: Bilingual,
  /** Other words a filer writes for this tier in the 实际完成值 cell (the monitoring form's 达成/部分达成/未达成). */
  aliases: z.array(z.string().min(1).max(50)),
  from: z.number().min(0).max(1),
  to: z.number().min(0).max(1),
});
export type QualitativeTier = z.infer<typeof QualitativeTier>;

/**
 * Self-evaluation rules (项目支出绩效自评, RULES.md §2; MoF 财预〔2020〕10号). Every number is a default
 * a finance administrator may change per region and year.
 */
export const SelfEvaluationRules = z.object({
  /** 产出 50, 效益 30, 满意度 10, 预算执行率 10: a 100-point form. */
  points: z
    .object({ output: Points, outcome: Points, satisfaction: Points, execution: Points })
    .refine((p) => cmp(sum([p.output, p.outcome, p.satisfaction, p.execution].map(exact)), exact(100)) === 0, {
      message: 'points must add up to 100',
    }),
  /**
   * Which points group each level-1 indicator draws on. 成本 is level-1 on 2021 target sheets
   * (财预〔2021〕101号) but sits under 产出 on the self-evaluation form, so it shares the output points.
   */
  groupOf: z.record(Level1, PointGroup),
  /**
   * What a bare target ("100%", "50个", no ≥ ≤ ＝ and no 指标性质) means (RULES.md §1): ≤ for 成本
   * indicators (一级 成本, or 二级 成本 under 产出), ≥ for all others; the sheet shows a warning on the cell.
   * null: no default, a bare target is an error that names the cell. Older stored rule sets read the default.
   */
  bareNumberOperator: z
    .object({ cost: BareOperator.nullable(), other: BareOperator.nullable() })
    .default({ cost: 'lte', other: 'gte' }),
  /** ≤ indicators: 'A' `w·t/a` (MoF table note), 'B' linear down to 0 at `2t` (a provincial module). */
  reverseVariant: z.enum(['A', 'B']),
  qualitativeTiers: z
    .array(QualitativeTier)
    .min(1)
    .refine((tiers) => tiers[0]?.to === 1 && tiers[tiers.length - 1]?.from === 0, {
      message: 'tiers must run from 1 (top) down to 0',
    })
    .refine((tiers) => tiers.every((t, i) => t.from < t.to && (i === 0 || t.to === tiers[i - 1]!.from)), {
      message: 'tiers must be contiguous, listed from the top',
    }),
  rounding: z.object({
    /** Decimals of each score and of the total (2 by default). */
    scoreDecimals: z.number().int().min(0).max(6),
    /** 'exact': the score uses the exact rate; 'wholePercent': the rate is rounded to a whole percent first. */
    rateStage: z.enum(['exact', 'wholePercent']),
    /** Decimals of the rate shown as a fraction (4: 49.88%). */
    rateDecimals: z.number().int().min(0).max(8),
  }),
  /** `[90,100]` 优, `[80,90)` 良, `[60,80)` 中, `[0,60)` 差 (one province uses 80/70/60). */
  gradeBands: ScoreBands(Grade),
});
export type SelfEvaluationRules = z.infer<typeof SelfEvaluationRules>;

export const defaultSelfEvaluationRules: SelfEvaluationRules = {
  points: { output: 50, outcome: 30, satisfaction: 10, execution: 10 },
  groupOf: { output: 'output', outcome: 'outcome', satisfaction: 'satisfaction', cost: 'output' },
  bareNumberOperator: { cost: 'lte', other: 'gte' },
  reverseVariant: 'A',
  qualitativeTiers: [
    { id: 'achieved', label: { zh: '达成年度指标', en: 'Annual target achieved' }, aliases: ['达成'], from: 0.8, to: 1 },
    { id: 'partial', label: { zh: '部分达成并具有一定效果', en: 'Partly achieved, with some effect' }, aliases: ['部分达成'],
      from: 0.6, to: 0.8 },
    { id: 'notAchieved', label: { zh: '未达成且效果较差', en: 'Not achieved, with poor effect' }, aliases: ['未达成'],
      from: 0, to: 0.6 },
  ],
  rounding: { scoreDecimals: 2, rateStage: 'exact', rateDecimals: 4 },
  gradeBands: [
    { from: 90, value: 'excellent' },
    { from: 80, value: 'good' },
    { from: 60, value: 'fair' },
    { from: 0, value: 'poor' },
  ],
};
