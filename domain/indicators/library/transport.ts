import { libraryItems } from '../indicatorLibraryItem';

/** 交通运输: rural roads, maintenance, public transport. */
export const transportIndicators = libraryItems('transport', [
  ['transport.ruralRoadsBuilt', 'output', 'quantity', '农村公路新改建里程', 'Rural roads newly built or upgraded', 'gte', '公里', 'plan'],
  ['transport.ruralRoadsMaintained', 'output', 'quantity', '农村公路养护里程', 'Rural roads maintained', 'gte', '公里', 'plan'],
  ['transport.bridgesRebuilt', 'output', 'quantity', '危桥改造数量', 'Unsafe bridges rebuilt', 'gte', '座', 'plan'],
  ['transport.newEnergyBuses', 'output', 'quantity', '新增及更新新能源公交车数量', 'New-energy buses added or replaced', 'gte', '辆', 'plan'],
  ['transport.handoverAcceptance', 'output', 'quality', '交工验收合格率', 'Pass rate at handover acceptance', 'gte', '%', 'sector', '100'],
  ['transport.goodRoadRatio', 'output', 'quality', '农村公路优良中等路率', 'Share of rural roads in good or fair condition', 'gte', '%', 'sector'],
  ['transport.onSchedule', 'output', 'timeliness', '工程按期完工率', 'Works finished on schedule', 'gte', '%', 'plan', '100'],
  ['transport.costPerKm', 'cost', 'economicCost', '每公里建设成本', 'Construction cost per kilometre', 'lte', '万元/公里', 'sector'],
  ['transport.villageBusAccess', 'outcome', 'social', '具备条件的建制村通客车率', 'Share of eligible administrative villages served by buses', 'gte', '%', 'sector', '100'],
  ['transport.travelConditions', 'outcome', 'social', '沿线群众出行条件改善情况', 'Better travel conditions for residents along the route', 'qualitative', '', 'other', '明显改善'],
  ['transport.logisticsCost', 'outcome', 'economic', '沿线农产品运输成本降低率', 'Reduction in farm-produce transport costs along the route', 'gte', '%', 'historical'],
  ['transport.designLife', 'outcome', 'sustainability', '路面设计使用年限', 'Design life of the pavement', 'gte', '年', 'sector'],
  ['transport.residentSatisfaction', 'satisfaction', 'satisfaction', '沿线群众满意度', 'Satisfaction of residents along the route', 'gte', '%', 'sector', '90'],
]);
