import { libraryItems } from '../indicatorLibraryItem';

/** 文化旅游: public cultural services and heritage. */
export const cultureIndicators = libraryItems('culture', [
  ['culture.ruralFilms', 'output', 'quantity', '农村公益电影放映场次', 'Free film screenings in villages', 'gte', '场', 'plan'],
  ['culture.performances', 'output', 'quantity', '文化惠民演出场次', 'Subsidized public performances', 'gte', '场', 'plan'],
  ['culture.heritageAcceptance', 'output', 'quality', '文物保护工程验收合格率', 'Acceptance pass rate of heritage conservation works', 'gte', '%', 'sector', '100'],
  ['culture.venueVisitors', 'outcome', 'social', '公共文化场馆年服务人次', 'Annual visits to public cultural venues', 'gte', '万人次', 'historical'],
  ['culture.audienceSatisfaction', 'satisfaction', 'satisfaction', '群众满意度', 'Public satisfaction', 'gte', '%', 'sector', '90'],
]);
