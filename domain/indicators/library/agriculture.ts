import { libraryItems } from '../indicatorLibraryItem';

/** 农业农村: farmland, subsidies, grain and rural incomes. */
export const agricultureIndicators = libraryItems('agriculture', [
  ['agriculture.highStandardFarmland', 'output', 'quantity', '高标准农田建设面积', 'High-standard farmland built', 'gte', '万亩', 'plan'],
  ['agriculture.fertilitySubsidyArea', 'output', 'quantity', '耕地地力保护补贴发放面积', 'Area receiving farmland fertility protection subsidies', 'gte', '万亩', 'plan'],
  ['agriculture.machineryUnits', 'output', 'quantity', '农机购置补贴机具数量', 'Farm machines bought with purchase subsidies', 'gte', '台', 'plan'],
  ['agriculture.trainedFarmers', 'output', 'quantity', '高素质农民培育人数', 'Farmers trained under the high-quality farmer programme', 'gte', '人', 'plan'],
  ['agriculture.farmlandAcceptance', 'output', 'quality', '高标准农田项目验收合格率', 'Acceptance pass rate of high-standard farmland projects', 'gte', '%', 'sector', '100'],
  ['agriculture.subsidyAccuracy', 'output', 'quality', '补贴对象及面积核实准确率', 'Accuracy of verified subsidy recipients and areas', 'gte', '%', 'sector', '100'],
  ['agriculture.subsidyPaidOnTime', 'output', 'timeliness', '补贴资金兑付及时率', 'Subsidies paid to farmers on time', 'gte', '%', 'plan', '100', '按规定时间兑付到户的补贴资金 / 应兑付资金 × 100%'],
  ['agriculture.farmlandCostPerMu', 'cost', 'economicCost', '高标准农田亩均财政投入', 'Fiscal investment per mu of high-standard farmland', 'lte', '元/亩', 'sector'],
  ['agriculture.grainOutput', 'outcome', 'economic', '粮食总产量', 'Total grain output', 'gte', '万吨', 'plan'],
  ['agriculture.ruralIncomeGrowth', 'outcome', 'economic', '农村居民人均可支配收入增长率', 'Growth of rural per-capita disposable income', 'gte', '%', 'plan'],
  ['agriculture.manureUtilization', 'outcome', 'ecological', '畜禽粪污综合利用率', 'Comprehensive utilization rate of livestock manure', 'gte', '%', 'sector'],
  ['agriculture.strawUtilization', 'outcome', 'ecological', '秸秆综合利用率', 'Comprehensive utilization rate of crop straw', 'gte', '%', 'sector'],
  ['agriculture.facilityIntegrity', 'outcome', 'sustainability', '农田水利工程设施完好率', 'Share of farmland irrigation works in good order', 'gte', '%', 'historical'],
  ['agriculture.farmerSatisfaction', 'satisfaction', 'satisfaction', '受益农户满意度', 'Satisfaction of benefiting farm households', 'gte', '%', 'sector', '90'],
]);
