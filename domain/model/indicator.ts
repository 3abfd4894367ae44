import { z } from 'zod';
import type { Bilingual } from './bilingual';

/** 一级指标 (RULES.md §1; 成本 is first-level since the 2021 guide, 财预〔2021〕101号). */
export const level1s = ['output', 'outcome', 'satisfaction', 'cost'] as const;
export const Level1 = z.enum(level1s);
export type Level1 = z.infer<typeof Level1>;

/** 二级指标 under each 一级. `output.cost` is the pre-2021 template's 产出·成本. */
export const level2sByLevel1 = {
  output: ['quantity', 'quality', 'timeliness', 'cost'],
  outcome: ['economic', 'social', 'ecological', 'sustainability'],
  satisfaction: ['satisfaction'],
  cost: ['economicCost', 'socialCost', 'ecologicalCost'],
} as const satisfies Record<Level1, readonly string[]>;
export const level2s = [...new Set(Object.values(level2sByLevel1).flat())] as Level2[];
export type Level2 = (typeof level2sByLevel1)[Level1][number];
export const Level2 = z.enum(level2s as [Level2, ...Level2[]]);

export const level1Labels: Record<Level1, Bilingual> = {
  output: { zh: '产出指标', en: 'Output' },
  outcome: { zh: '效益指标', en: 'Outcome' },
  satisfaction: { zh: '满意度指标', en: 'Satisfaction' },
  cost: { zh: '成本指标', en: 'Cost' },
};

export const level2Labels: Record<Level2, Bilingual> = {
  quantity: { zh: '数量指标', en: 'Quantity' },
  quality: { zh: '质量指标', en: 'Quality' },
  timeliness: { zh: '时效指标', en: 'Timeliness' },
  cost: { zh: '成本指标', en: 'Cost' },
  economic: { zh: '经济效益指标', en: 'Economic benefit' },
  social: { zh: '社会效益指标', en: 'Social benefit' },
  ecological: { zh: '生态效益指标', en: 'Ecological benefit' },
  sustainability: { zh: '可持续影响指标', en: 'Sustainability' },
  satisfaction: { zh: '服务对象满意度指标', en: 'Beneficiary satisfaction' },
  economicCost: { zh: '经济成本指标', en: 'Economic cost' },
  socialCost: { zh: '社会成本指标', en: 'Social cost' },
  ecologicalCost: { zh: '生态环境成本指标', en: 'Ecological cost' },
};

/** 指标性质: ≥ ≤ ＝ 定性. */
export const operators = ['gte', 'lte', 'eq', 'qualitative'] as const;
export const Operator = z.enum(operators);
export type Operator = z.infer<typeof Operator>;
export const operatorSymbols: Record<Operator, string> = { gte: '≥', lte: '≤', eq: '＝', qualitative: '定性' };

/** 取值依据. */
export const bases = ['plan', 'sector', 'historical', 'other'] as const;
export const Basis = z.enum(bases);
export type Basis = z.infer<typeof Basis>;
export const basisLabels: Record<Basis, Bilingual> = {
  plan: { zh: '计划标准', en: 'Plan standard' },
  sector: { zh: '行业标准', en: 'Sector standard' },
  historical: { zh: '历史标准', en: 'Historical standard' },
  other: { zh: '其他标准', en: 'Other standard' },
};

/**
 * How monitoring reads an indicator's progress (RULES.md §5): cumulative values grow through the year
 * (counts, amounts, people served) and are compared with the target × time progress; levels (rates,
 * states) are compared with the target itself. Absent: by unit, from the rule set's `levelUnits`.
 */
export const Accumulation = z.enum(['cumulative', 'level']);
export type Accumulation = z.infer<typeof Accumulation>;

/**
 * A performance indicator (绩效指标) as stated on a target sheet.
 * Quantitative targets are a decimal string ("50", "202.6", "98.5") so that no float ever rounds
 * what the filer typed; qualitative targets are text.
 */
export const Indicator = z.object({
  level1: Level1,
  level2: Level2,
  name: z.string().trim().min(1).max(200),
  operator: Operator,
  target: z.string().trim().max(500),
  unit: z.string().trim().max(20),
  basis: Basis.optional(),
  explanation: z.string().trim().max(1000).optional(),
  /** Id in the indicator library, where the filer picked a standard indicator. */
  libraryId: z.string().max(64).optional(),
  /** Monitoring: cumulative or level, overriding the default by unit (RULES.md §5). */
  accumulation: Accumulation.optional(),
});
export type Indicator = z.infer<typeof Indicator>;
