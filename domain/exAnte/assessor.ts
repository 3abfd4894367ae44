import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/**
 * Who scores an ex-ante assessment: the proposing department itself, the finance bureau, experts
 * from the expert pool (专家库) or a third-party agency (第三方机构), GLOSSARY.md.
 */
export const assessors = ['departmentSelf', 'finance', 'expert', 'agency'] as const;
export const Assessor = z.enum(assessors);
export type Assessor = z.infer<typeof Assessor>;

export const assessorLabels: Record<Assessor, Bilingual> = {
  departmentSelf: { zh: '部门自评', en: 'Department self-assessment' },
  finance: { zh: '财政部门', en: 'Finance bureau' },
  expert: { zh: '专家', en: 'Expert' },
  agency: { zh: '第三方机构', en: 'Third-party agency' },
};
