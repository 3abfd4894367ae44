import type { Indicator } from '../../domain/model/indicator';

/**
 * Indicators of a well-formed 家庭经济困难学生资助 target sheet: output, outcome, cost and
 * satisfaction, each quantitative with number and unit, so checkTargetSheet finds no errors.
 */
export const goodStudentAidIndicators: Indicator[] = [
  { level1: 'output', level2: 'quantity', name: '资助家庭经济困难学生人数', operator: 'gte', target: '12000', unit: '人次', basis: 'plan' },
  { level1: 'output', level2: 'quality', name: '资助对象认定准确率', operator: 'eq', target: '100', unit: '%', basis: 'sector' },
  { level1: 'outcome', level2: 'social', name: '家庭经济困难学生因贫辍学人数', operator: 'eq', target: '0', unit: '人', basis: 'historical' },
  { level1: 'cost', level2: 'economicCost', name: '生均资助标准', operator: 'lte', target: '2500', unit: '元/人·年', basis: 'plan' },
  { level1: 'satisfaction', level2: 'satisfaction', name: '受助学生满意度', operator: 'gte', target: '90', unit: '%', basis: 'sector' },
];

/** A sheet that fails: one indicator only, a quantitative one without a unit. */
export const badStudentAidIndicators: Indicator[] = [
  { level1: 'output', level2: 'quantity', name: '资助家庭经济困难学生人数', operator: 'gte', target: '12000', unit: '' },
];
