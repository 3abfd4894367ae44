import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/** What the finance bureau decides after monitoring (RULES.md §5: it may suspend, adjust or stop funding). */
export const financeActions = ['continue', 'adjust', 'suspendFunding', 'stopFunding'] as const;
export const FinanceAction = z.enum(financeActions);
export type FinanceAction = z.infer<typeof FinanceAction>;

export const financeActionLabels: Record<FinanceAction, Bilingual> = {
  continue: { zh: '继续执行', en: 'Continue' },
  adjust: { zh: '调整预算', en: 'Adjust the budget' },
  suspendFunding: { zh: '暂缓拨款', en: 'Suspend funding' },
  stopFunding: { zh: '停止拨款', en: 'Stop funding' },
};
