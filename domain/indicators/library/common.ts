import { libraryItems } from '../indicatorLibraryItem';

/**
 * 共性指标: indicators that fit projects in any sector (the common framework of 财预〔2021〕101号:
 * output quantity/quality/timeliness, cost, outcome, satisfaction). Input/process indicators such as
 * 资金到位率 are deliberately absent (see inputTypeIndicators.ts).
 */
export const commonIndicators = libraryItems('common', [
  ['common.taskCount', 'output', 'quantity', '年度重点任务完成数', 'Key annual tasks completed', 'gte', '项', 'plan'],
  ['common.taskCompletionRate', 'output', 'quantity', '年度计划任务完成率', 'Share of planned annual tasks completed', 'gte', '%', 'plan', '100', '已完成任务数 / 计划任务数 × 100%'],
  ['common.acceptanceRate', 'output', 'quality', '项目验收合格率', 'Project acceptance pass rate', 'gte', '%', 'sector', '100', '验收合格的子项目数 / 完成的子项目数 × 100%'],
  ['common.onTimeRate', 'output', 'timeliness', '项目按期完成率', 'Share of work completed on schedule', 'gte', '%', 'plan', '100', '按计划时间完成的任务数 / 计划任务数 × 100%'],
  ['common.completionDate', 'output', 'timeliness', '项目完成时间', 'Project completion date', 'qualitative', '', 'plan', '年底前完成'],
  ['common.totalCost', 'cost', 'economicCost', '项目总成本', 'Total project cost', 'lte', '万元', 'plan', undefined, '项目实施全部支出，不超过批复预算'],
  ['common.unitCost', 'cost', 'economicCost', '单位产出成本', 'Cost per unit of output', 'lte', '元', 'sector', undefined, '项目总成本 / 产出数量，对照行业或历史标准'],
  ['common.socialCost', 'cost', 'socialCost', '项目实施对群众正常生活的不利影响', 'Adverse effect on residents\u2019 daily life', 'qualitative', '', 'other', '无明显不利影响'],
  ['common.ecologicalCost', 'cost', 'ecologicalCost', '项目实施对生态环境的不利影响', 'Adverse effect on the environment', 'qualitative', '', 'other', '无明显不利影响'],
  ['common.outputCost', 'output', 'cost', '项目成本控制率', 'Cost control rate (pre-2021 templates)', 'lte', '%', 'plan', '100', '实际成本 / 预算成本 × 100%'],
  ['common.socialBenefit', 'outcome', 'social', '项目对改善公共服务的作用', 'Contribution to better public services', 'qualitative', '', 'other', '明显改善'],
  ['common.longTermMechanism', 'outcome', 'sustainability', '长效管理机制健全性', 'Soundness of long-term management', 'qualitative', '', 'other', '健全'],
  ['common.facilityLife', 'outcome', 'sustainability', '设施设备使用年限', 'Service life of facilities and equipment', 'gte', '年', 'sector'],
  ['common.beneficiarySatisfaction', 'satisfaction', 'satisfaction', '服务对象满意度', 'Beneficiary satisfaction', 'gte', '%', 'sector', '90', '问卷调查满意及基本满意人数 / 有效问卷数 × 100%'],
]);
