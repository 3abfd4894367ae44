import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/** Where a qualitative (定性) indicator stands (RULES.md §5: 达成 green, 部分达成 yellow, 未达成 red). */
export const QualitativeStatus = z.enum(['achieved', 'partial', 'notAchieved']);
export type QualitativeStatus = z.infer<typeof QualitativeStatus>;

export const qualitativeStatusLabels: Record<QualitativeStatus, Bilingual> = {
  achieved: { zh: '达成', en: 'Achieved' },
  partial: { zh: '部分达成', en: 'Partly achieved' },
  notAchieved: { zh: '未达成', en: 'Not achieved' },
};
