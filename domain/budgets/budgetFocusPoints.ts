import { budgetTypeLabels, budgetTypes, type BudgetType } from '../model/budgetType';
import type { Bilingual } from '../model/bilingual';

/** One thing the performance management of a budget looks at (绩效管理重点), with the library indicators that measure it. */
export interface BudgetFocusPoint {
  id: string;
  label: Bilingual;
  /** Ids in the indicator library (domain/indicators/library/budgets.ts) that measure this point. */
  indicatorIds: string[];
}

/**
 * What each of the four budgets (全口径) is managed on, after the central opinions (中发〔2018〕34号)
 * as repeated in the Nantong implementation measures (2019): the general budget on revenue structure
 * and spending efficiency; government funds on the policy behind each fund, collection, use and (for
 * local governments) support for special-purpose bonds; state capital on income turned over,
 * expenditure structure and results; social insurance funds on the effect of revenue and expenditure
 * policies, fund management, actuarial balance, regional structure and operating risk.
 */
export const budgetFocusPoints: Record<BudgetType, BudgetFocusPoint[]> = {
  general: [
    { id: 'revenueStructure', label: { zh: '收入结构、征收效率和优惠政策实施效果', en: 'Revenue structure, collection efficiency and effect of tax preferences' }, indicatorIds: [] },
    { id: 'allocationEfficiency', label: { zh: '预算资金配置效率和使用效益', en: 'Efficiency of allocation and results of spending' }, indicatorIds: [] },
    { id: 'majorPolicies', label: { zh: '重大政策和项目实施效果', en: 'Results of major policies and projects' }, indicatorIds: [] },
    { id: 'transferPayments', label: { zh: '转移支付资金使用绩效', en: 'Performance of transfer payments' }, indicatorIds: [] },
  ],
  fund: [
    { id: 'policyExecution', label: { zh: '基金政策设立延续依据和执行情况', en: 'Grounds for setting up or continuing each fund, and its execution' }, indicatorIds: [] },
    { id: 'collection', label: { zh: '征收标准和征收管理', en: 'Levy standards and collection' }, indicatorIds: [] },
    { id: 'use', label: { zh: '基金使用效果', en: 'Results of fund use' }, indicatorIds: ['fund.lotteryProjects'] },
    { id: 'bondSupport', label: { zh: '对专项债务的支撑能力', en: 'Capacity to support special-purpose bonds' }, indicatorIds: ['fund.bondProjectStartRate', 'fund.bondProjectsCompleted', 'fund.bondCoverage'] },
  ],
  stateCapital: [
    { id: 'incomeTurnedOver', label: { zh: '国有资本收益上缴', en: 'State capital income turned over' }, indicatorIds: ['stateCapital.gainsRemittanceRate'] },
    { id: 'expenditureStructure', label: { zh: '支出结构', en: 'Expenditure structure' }, indicatorIds: ['stateCapital.reformTasks'] },
    { id: 'results', label: { zh: '使用效果', en: 'Results of use' }, indicatorIds: ['stateCapital.preservationRate'] },
  ],
  socialInsurance: [
    { id: 'policyEffect', label: { zh: '收支政策效果', en: 'Effect of revenue and expenditure policies' }, indicatorIds: ['socialInsurance.collectionRate', 'socialInsurance.benefitsOnTime'] },
    { id: 'fundManagement', label: { zh: '基金管理', en: 'Fund management' }, indicatorIds: ['socialInsurance.medicalCoverage'] },
    { id: 'actuarialBalance', label: { zh: '精算平衡', en: 'Actuarial balance' }, indicatorIds: ['socialInsurance.balanceRate'] },
    { id: 'regionalStructure', label: { zh: '地区结构', en: 'Regional structure' }, indicatorIds: [] },
    { id: 'operatingRisk', label: { zh: '运行风险', en: 'Operating risk' }, indicatorIds: ['socialInsurance.paymentMonths'] },
  ],
};

/** A budget with its label and focus points, as GET /v1/budgets lists it. */
export interface BudgetSummary {
  id: BudgetType;
  label: Bilingual;
  focusPoints: BudgetFocusPoint[];
}

/**
 * The four budgets in GLOSSARY.md order, each with its focus points.
 *
 * @example
 * listBudgets().map((b) => b.id) // ['general', 'fund', 'stateCapital', 'socialInsurance']
 */
export const listBudgets = (): BudgetSummary[] =>
  budgetTypes.map((id) => ({ id, label: budgetTypeLabels[id], focusPoints: budgetFocusPoints[id] }));
