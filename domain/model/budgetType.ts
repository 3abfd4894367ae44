import { z } from 'zod';
import type { Bilingual } from './bilingual';

/** The four budgets (全口径, 四本预算), GLOSSARY.md. */
export const budgetTypes = ['general', 'fund', 'stateCapital', 'socialInsurance'] as const;
export const BudgetType = z.enum(budgetTypes);
export type BudgetType = z.infer<typeof BudgetType>;

export const budgetTypeLabels: Record<BudgetType, Bilingual> = {
  general: { zh: '一般公共预算', en: 'General public budget' },
  fund: { zh: '政府性基金预算', en: 'Government fund budget' },
  stateCapital: { zh: '国有资本经营预算', en: 'State capital operation budget' },
  socialInsurance: { zh: '社会保险基金预算', en: 'Social insurance fund budget' },
};
