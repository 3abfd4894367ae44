import { z } from 'zod';
import { cmp, exact, sum } from '../values/decimal';
import { Bilingual } from '../model/bilingual';

const Key = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/);
const Points = z.number().finite().min(0).max(100);

/**
 * How a measured item is scored "按完成比例计算得分, 满分为止" (RULES.md §3): with the indicator rules of
 * §2 against a target (a decimal string, e.g. "100" for 100%).
 */
export const EvaluationMeasure = z.object({
  operator: z.enum(['gte', 'lte', 'eq']),
  target: z.string().regex(/^-?\d+(\.\d+)?$/),
  unit: z.string().max(20),
});
export type EvaluationMeasure = z.infer<typeof EvaluationMeasure>;

/** A scored item (二级/三级 指标) of an evaluation framework, with its points. */
export const EvaluationItem = z.object({
  id: Key,
  label: Bilingual,
  points: Points,
  /** Present when the item is computed from an actual value; absent when evaluators score it. */
  measure: EvaluationMeasure.optional(),
});
export type EvaluationItem = z.infer<typeof EvaluationItem>;

/** A level-1 part of a framework (决策/过程/产出/效益 or 投入/过程/产出/效果). */
export const EvaluationPart = z
  .object({ id: Key, label: Bilingual, points: Points, items: z.array(EvaluationItem).min(1) })
  .refine((part) => cmp(sum(part.items.map((i) => exact(i.points))), exact(part.points)) === 0, {
    message: 'item points must add up to the part points',
  });
export type EvaluationPart = z.infer<typeof EvaluationPart>;

/**
 * An evaluation framework: parts whose points add up to 100, and which parts are results (产出 and
 * 效益/效果), whose share must reach the rule set's minimum (财预〔2020〕10号: 产出 + 效益 ≥ 60%).
 */
export const EvaluationFramework = z
  .object({ parts: z.array(EvaluationPart).min(1), resultParts: z.array(Key).min(1) })
  .refine((f) => cmp(sum(f.parts.map((p) => exact(p.points))), exact(100)) === 0, {
    message: 'part points must add up to 100',
  })
  .refine((f) => f.resultParts.every((id) => f.parts.some((p) => p.id === id)), {
    message: 'resultParts must name parts of the framework',
  });
export type EvaluationFramework = z.infer<typeof EvaluationFramework>;

/** Finance re-evaluation, key evaluation and department overall evaluation (RULES.md §3). */
export const EvaluationRules = z.object({
  frameworks: z.object({ project: EvaluationFramework, department: EvaluationFramework }),
  /** 产出 + 效益 ≥ 60% of the weight (财预〔2020〕10号). */
  minOutputOutcomeShare: z.number().min(0).max(1),
  /** How several evaluators' scores of one item combine: the mean, or the median (robust to one outlier). */
  aggregate: z.enum(['mean', 'median']),
  /** Decimals of item scores and totals. */
  scoreDecimals: z.number().int().min(0).max(6),
});
export type EvaluationRules = z.infer<typeof EvaluationRules>;

const item = (id: string, zh: string, en: string, points: number, measure?: EvaluationMeasure): EvaluationItem =>
  measure ? { id, label: { zh, en }, points, measure } : { id, label: { zh, en }, points };

/**
 * Defaults: the 附件1 framework of 财预〔2020〕10号 (reference only) with illustrative points
 * (决策 20, 过程 20, 产出 30, 效益 30); each evaluation may set its own weights. The department framework
 * follows the common 部门整体支出绩效评价 shape with the four measured items RULES.md §3 names
 * (投入 15, 过程 25, 产出 30, 效果 30: results keep the same ≥ 60% share as projects).
 */
export const defaultEvaluationRules: EvaluationRules = {
  frameworks: {
    project: {
      parts: [
        {
          id: 'decision', label: { zh: '决策', en: 'Decision' }, points: 20,
          items: [
            item('projectApproval', '项目立项', 'Project approval', 6),
            item('performanceTargets', '绩效目标', 'Performance targets', 8),
            item('fundingInput', '资金投入', 'Funding input', 6),
          ],
        },
        {
          id: 'process', label: { zh: '过程', en: 'Process' }, points: 20,
          items: [
            item('fundsInPlaceRate', '资金到位率', 'Funds-in-place rate', 4),
            item('executionRate', '预算执行率', 'Budget execution rate', 4),
            item('fundUseCompliance', '资金使用合规性', 'Compliance of fund use', 4),
            item('implementation', '组织实施', 'Organisation and implementation', 8),
          ],
        },
        {
          id: 'output', label: { zh: '产出', en: 'Output' }, points: 30,
          items: [
            item('quantity', '产出数量', 'Output quantity', 8),
            item('quality', '产出质量', 'Output quality', 8),
            item('timeliness', '产出时效', 'Output timeliness', 7),
            item('cost', '产出成本', 'Output cost', 7),
          ],
        },
        {
          id: 'outcome', label: { zh: '效益', en: 'Outcome' }, points: 30,
          items: [
            item('economic', '经济效益', 'Economic benefit', 6),
            item('social', '社会效益', 'Social benefit', 8),
            item('ecological', '生态效益', 'Ecological benefit', 6),
            item('sustainability', '可持续影响', 'Sustainability', 5),
            item('satisfaction', '满意度', 'Satisfaction', 5),
          ],
        },
      ],
      resultParts: ['output', 'outcome'],
    },
    department: {
      parts: [
        {
          id: 'input', label: { zh: '投入', en: 'Input' }, points: 15,
          items: [
            item('targetSetting', '目标设定', 'Target setting', 5),
            item('threePublicChange', '"三公经费"变动率', 'Change of the "three public" expenses', 10,
              { operator: 'lte', target: '0', unit: '%' }),
          ],
        },
        {
          id: 'process', label: { zh: '过程', en: 'Process' }, points: 25,
          items: [
            item('executionRate', '预算执行率', 'Budget execution rate', 10, { operator: 'gte', target: '100', unit: '%' }),
            item('carryoverRate', '结转结余率', 'Carry-over and balance rate', 10, { operator: 'lte', target: '5', unit: '%' }),
            item('budgetManagement', '预算管理', 'Budget management', 5),
          ],
        },
        {
          id: 'output', label: { zh: '产出', en: 'Output' }, points: 30,
          items: [
            item('keyTaskCompletion', '重点工作办结率', 'Completion rate of key tasks', 15, { operator: 'gte', target: '100', unit: '%' }),
            item('dutyPerformance', '职责履行', 'Performance of duties', 15),
          ],
        },
        {
          id: 'effect', label: { zh: '效果', en: 'Effect' }, points: 30,
          items: [
            item('dutyBenefits', '履职效益', 'Benefits of duties performed', 20),
            item('satisfaction', '服务对象满意度', 'Beneficiary satisfaction', 10, { operator: 'gte', target: '90', unit: '%' }),
          ],
        },
      ],
      resultParts: ['output', 'effect'],
    },
  },
  minOutputOutcomeShare: 0.6,
  aggregate: 'mean',
  scoreDecimals: 2,
};
