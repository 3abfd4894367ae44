/** What the application of results (结果应用, RULES.md §6) recommends for next year's budget. */
export type RecommendationAction =
  | 'priority'
  | 'keep'
  | 'cut'
  | 'cutOrCancel'
  | 'rectify'
  | 'noNewOfSameKind'
  | 'cutUnspent'
  | 'recoverIdle';

export const recommendationLabels: Record<RecommendationAction, { zh: string; en: string }> = {
  priority: { zh: '优先保障', en: 'Priority' },
  keep: { zh: '保持规模', en: 'Keep' },
  cut: { zh: '压减预算', en: 'Cut' },
  cutOrCancel: { zh: '压减或取消', en: 'Cut or cancel' },
  rectify: { zh: '限期整改', en: 'Rectify' },
  noNewOfSameKind: { zh: '不再新增同类项目', en: 'No new project of the same kind' },
  cutUnspent: { zh: '按未执行比例压减', en: 'Cut by the unspent share' },
  recoverIdle: { zh: '收回沉淀资金', en: 'Recover idle funds' },
};

/** One recommendation, with its reason (zh first) and the rule-set line it comes from. */
export interface Recommendation {
  action: RecommendationAction;
  /** Percent of this year's adjusted budget, where the action is a cut. */
  percent?: number;
  /** Amount in fen, where the action moves money. */
  amountFen?: number;
  reason_zh: string;
  reason_en: string;
  /** The rule-set line, e.g. 'linkage.table.fair'. */
  rule: string;
}
