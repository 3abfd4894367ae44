import { z } from 'zod';
import type { Bilingual } from './bilingual';

/** What is managed (全方位): a government's whole budget, a department, a policy or a project. */
export const subjectTypes = ['government', 'department', 'policy', 'project'] as const;
export const SubjectType = z.enum(subjectTypes);
export type SubjectType = z.infer<typeof SubjectType>;

export const subjectTypeLabels: Record<SubjectType, Bilingual> = {
  government: { zh: '政府预算', en: 'Government budget' },
  department: { zh: '部门（单位）整体', en: 'Department as a whole' },
  policy: { zh: '政策', en: 'Policy' },
  project: { zh: '项目', en: 'Project' },
};
