import { z } from 'zod';
import type { Bilingual } from './bilingual';

/** Sectors of the indicator library's sector-specific (个性/行业) indicators. */
export const sectors = [
  'education', 'health', 'agriculture', 'transport', 'socialSecurity',
  'environment', 'culture', 'science', 'publicSecurity', 'housing', 'finance',
] as const;
export const Sector = z.enum(sectors);
export type Sector = z.infer<typeof Sector>;

export const sectorLabels: Record<Sector, Bilingual> = {
  education: { zh: '教育', en: 'Education' },
  health: { zh: '卫生健康', en: 'Health' },
  agriculture: { zh: '农业农村', en: 'Agriculture' },
  transport: { zh: '交通运输', en: 'Transport' },
  socialSecurity: { zh: '社会保障', en: 'Social security' },
  environment: { zh: '生态环境', en: 'Environment' },
  culture: { zh: '文化旅游', en: 'Culture and tourism' },
  science: { zh: '科学技术', en: 'Science and technology' },
  publicSecurity: { zh: '公共安全', en: 'Public security' },
  housing: { zh: '住房城乡建设', en: 'Housing and construction' },
  finance: { zh: '财政', en: 'Finance' },
};
