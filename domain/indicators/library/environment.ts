import { libraryItems } from '../indicatorLibraryItem';

/** 生态环境: air, water and sewage. */
export const environmentIndicators = libraryItems('environment', [
  ['environment.sewerBuilt', 'output', 'quantity', '新建改造污水管网长度', 'Sewer pipes built or rebuilt', 'gte', '公里', 'plan'],
  ['environment.sewageCollection', 'output', 'quality', '城市生活污水集中收集率', 'Collection rate of urban domestic sewage', 'gte', '%', 'plan'],
  ['environment.goodAirDays', 'outcome', 'ecological', '空气质量优良天数比率', 'Share of days with good or excellent air quality', 'gte', '%', 'plan'],
  ['environment.goodWaterSections', 'outcome', 'ecological', '地表水国考断面水质优良比例', 'Share of national surface-water sections of good quality', 'gte', '%', 'plan'],
  ['environment.pm25', 'outcome', 'ecological', '细颗粒物（PM2.5）年均浓度', 'Annual mean PM2.5 concentration', 'lte', '微克/立方米', 'plan'],
  ['environment.residentSatisfaction', 'satisfaction', 'satisfaction', '周边群众满意度', 'Satisfaction of nearby residents', 'gte', '%', 'sector', '90'],
]);
