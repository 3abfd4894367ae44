import { libraryItems } from '../indicatorLibraryItem';

/** Indicators of the other three budgets (全口径): government funds, state capital, social insurance funds. */
export const fundBudgetIndicators = libraryItems('common', [
  ['fund.bondProjectStartRate', 'output', 'timeliness', '专项债券项目开工率', 'Share of special-bond projects started', 'gte', '%', 'plan', '100'],
  ['fund.bondProjectsCompleted', 'output', 'quantity', '专项债券项目完工数量', 'Special-bond projects completed', 'gte', '个', 'plan'],
  ['fund.bondCoverage', 'outcome', 'sustainability', '项目收益对债券本息覆盖倍数', 'Coverage of bond principal and interest by project revenue', 'gte', '倍', 'sector', undefined, '项目存续期预期收益 / 债券还本付息额'],
  ['fund.lotteryProjects', 'output', 'quantity', '彩票公益金资助项目数', 'Projects funded by lottery public-welfare funds', 'gte', '个', 'plan'],
], ['fund']);

export const stateCapitalBudgetIndicators = libraryItems('common', [
  ['stateCapital.gainsRemittanceRate', 'output', 'quantity', '国有资本收益上缴率', 'State capital gains remitted as due', 'gte', '%', 'sector', '100', '实际上缴国有资本收益 / 应上缴收益 × 100%'],
  ['stateCapital.preservationRate', 'outcome', 'economic', '国有资本保值增值率', 'State capital preservation and appreciation rate', 'gte', '%', 'sector', '100', '期末国有资本及权益总额 / 期初国有资本及权益总额 × 100%（扣除客观因素）'],
  ['stateCapital.reformTasks', 'output', 'quantity', '国有企业改革重点任务完成数', 'Key state-enterprise reform tasks completed', 'gte', '项', 'plan'],
], ['stateCapital']);

export const socialInsuranceBudgetIndicators = libraryItems('common', [
  ['socialInsurance.collectionRate', 'output', 'quantity', '基金征缴率', 'Contribution collection rate', 'gte', '%', 'plan', undefined, '实际征缴收入 / 应征缴收入 × 100%（RULES.md §7）'],
  ['socialInsurance.paymentMonths', 'outcome', 'sustainability', '基金累计结余可支付月数', 'Months of expenditure covered by the accumulated balance', 'gte', '月', 'sector', '6', '累计结余 / 月均支出；医保基金 6–9 个月为合理（人社部发〔2009〕67号）'],
  ['socialInsurance.balanceRate', 'outcome', 'sustainability', '基金收支平衡率', 'Fund income over expenditure', 'gte', '%', 'plan', '100', '基金收入 / 基金支出 × 100%'],
  ['socialInsurance.medicalCoverage', 'output', 'quantity', '基本医疗保险参保率', 'Basic medical insurance coverage', 'gte', '%', 'plan'],
  ['socialInsurance.benefitsOnTime', 'output', 'timeliness', '待遇按时足额支付率', 'Benefits paid on time and in full', 'eq', '%', 'sector', '100'],
], ['socialInsurance']);
