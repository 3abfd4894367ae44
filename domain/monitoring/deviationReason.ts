import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/** Why a signal is off track (偏差原因, RULES.md §5): 经费 / 制度 / 人员 / 硬件条件保障 / 其他. */
export const DeviationReason = z.enum(['funding', 'institutional', 'staffing', 'facilities', 'other']);
export type DeviationReason = z.infer<typeof DeviationReason>;

export const deviationReasonLabels: Record<DeviationReason, Bilingual> = {
  funding: { zh: '经费保障', en: 'Funding' },
  institutional: { zh: '制度保障', en: 'Rules and procedures' },
  staffing: { zh: '人员保障', en: 'Staffing' },
  facilities: { zh: '硬件条件保障', en: 'Facilities and equipment' },
  other: { zh: '其他', en: 'Other' },
};
