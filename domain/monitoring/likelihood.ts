import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/** The likelihood of meeting the full-year target despite a deviation (完成目标可能性). */
export const Likelihood = z.enum(['certain', 'possible', 'impossible']);
export type Likelihood = z.infer<typeof Likelihood>;

export const likelihoodLabels: Record<Likelihood, Bilingual> = {
  certain: { zh: '确定能', en: 'Certain' },
  possible: { zh: '有可能', en: 'Possible' },
  impossible: { zh: '完全不可能', en: 'Not possible' },
};
