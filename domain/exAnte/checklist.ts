import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/**
 * Category checklists of an ex-ante assessment (RULES.md §4): one per project category, plus the
 * finance bureau's own review list (财政审核), which applies to every assessment.
 */
export const projectCategories = ['infrastructure', 'industry', 'livelihood'] as const;
export const ProjectCategory = z.enum(projectCategories);
export type ProjectCategory = z.infer<typeof ProjectCategory>;

export const checklistIds = [...projectCategories, 'financeReview'] as const;
export const ChecklistId = z.enum(checklistIds);
export type ChecklistId = z.infer<typeof ChecklistId>;

export const checklistLabels: Record<ChecklistId, Bilingual> = {
  infrastructure: { zh: '基本建设类', en: 'Capital construction' },
  industry: { zh: '产业发展类', en: 'Industrial development' },
  livelihood: { zh: '民生类', en: "People's livelihood" },
  financeReview: { zh: '财政审核', en: 'Finance bureau review' },
};

/** One question of a checklist; `id` is stable so answers survive a change of wording. */
export const ChecklistItem = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/),
  zh: z.string().min(1).max(200),
  en: z.string().max(200),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** An assessor's answer to one checklist item. */
export const ChecklistAnswer = z.enum(['met', 'notMet', 'notApplicable']);
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>;

export const checklistAnswerLabels: Record<ChecklistAnswer, Bilingual> = {
  met: { zh: '符合', en: 'Met' },
  notMet: { zh: '不符合', en: 'Not met' },
  notApplicable: { zh: '不适用', en: 'Not applicable' },
};

/** The checklists that apply to a project of the given category: its own, then 财政审核. */
export const checklistsFor = (category: ProjectCategory | undefined): ChecklistId[] =>
  category ? [category, 'financeReview'] : ['financeReview'];
