import { z } from 'zod';
import { ScoreBands } from '../rules/bands';
import { Assessor } from '../exAnte/assessor';
import { ChecklistId, ChecklistItem } from '../exAnte/checklist';
import { Conclusion } from '../exAnte/conclusion';
import { ExAnteDimension } from '../exAnte/dimension';
import { Fen } from '../model/money';
import { cmp, exact, sum } from '../values/decimal';

/**
 * Ex-ante assessment rules (事前绩效评估, RULES.md §4). Every number is a default a finance
 * administrator may change per region and year.
 */
export const ExAnteRules = z.object({
  /** Points of each dimension; they must add up to 100 so the score reads on the conclusion bands. */
  dimensionPoints: z
    .record(ExAnteDimension, z.number().finite().min(0).max(100))
    .refine((points) => cmp(sum(Object.values(points).map(exact)), exact(100)) === 0, {
      message: 'dimension points must add up to 100',
    }),
  /** `[90,100]` 予以支持, `[70,90)` 完善后予以支持, `[0,70)` 不予支持 (80/60 elsewhere). */
  conclusionBands: ScoreBands(Conclusion),
  /** Decimals the aggregate score is rounded to before it is banded (so the shown score decides). */
  scoreDecimals: z.number().int().min(0).max(4),
  /**
   * Weight of each kind of assessor in the aggregate. Scores are first averaged within a kind, then
   * weighted across the kinds present. The department's own score is kept for comparison but does not
   * count by default: the finance bureau assesses what the department proposes.
   */
  assessorWeights: z.record(Assessor, z.number().finite().min(0)),
  /**
   * Which projects count as major (重大): the `isMajor` flag, or a planned annual amount at or above
   * this threshold (null: the flag alone decides). Illustrative default: 500万元.
   */
  majorAmountThresholdFen: Fen.nullable(),
  /**
   * Who must be assessed: new major policies and projects, and expiring ones proposed to continue
   * (only the major ones by default; `all` assesses every expiring continuation).
   */
  requireFor: z.object({ newMajor: z.boolean(), expiringContinuation: z.enum(['none', 'major', 'all']) }),
  /** Category checklists, as data (RULES.md §4). */
  checklists: z.record(ChecklistId, z.array(ChecklistItem)),
});
export type ExAnteRules = z.infer<typeof ExAnteRules>;

export const defaultExAnteRules: ExAnteRules = {
  dimensionPoints: { necessity: 20, economy: 20, targetSoundness: 20, feasibility: 20, financingCompliance: 20 },
  conclusionBands: [
    { from: 90, value: 'support' },
    { from: 70, value: 'revise' },
    { from: 0, value: 'reject' },
  ],
  scoreDecimals: 2,
  assessorWeights: { departmentSelf: 0, finance: 1, expert: 1, agency: 1 },
  majorAmountThresholdFen: 500_000_000,
  requireFor: { newMajor: true, expiringContinuation: 'major' },
  checklists: {
    infrastructure: [
      { id: 'planConformity', zh: '符合国土空间规划和行业发展规划', en: 'Conforms to spatial and sector plans' },
      { id: 'fundingSecured', zh: '资金来源已落实、有保障', en: 'Sources of funding are identified and secured' },
      { id: 'investmentSchedule', zh: '总投资、建设进度与分年度投资计划相匹配', en: 'Total investment, schedule and yearly investment plan agree' },
    ],
    industry: [
      { id: 'supportDirection', zh: '符合产业支持方向', en: 'Fits the direction of industrial support' },
      { id: 'industryLayout', zh: '符合产业布局', en: 'Fits the industrial layout' },
      { id: 'industrySystem', zh: '有利于优化产业体系', en: 'Helps optimise the industrial system' },
    ],
    livelihood: [
      { id: 'publicDemand', zh: '回应群众实际需求', en: 'Answers a real need of the public' },
      { id: 'protectionLevel', zh: '保障水平适当', en: 'The level of provision is appropriate' },
      { id: 'withinMeans', zh: '尽力而为、量力而行', en: 'Does what it can within fiscal means' },
    ],
    financeReview: [
      { id: 'spendingStandards', zh: '测算符合支出标准', en: 'Cost estimates follow spending standards' },
      { id: 'noOverlap', zh: '与已有政策或项目无交叉重复', en: 'Does not overlap existing policies or projects' },
      { id: 'fiscalCapacity', zh: '与财政承受能力相适应', en: 'Is within fiscal capacity' },
    ],
  },
};
