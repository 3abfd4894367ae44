import { z } from 'zod';
import { Id, Year } from './ids';
import { SubjectType } from './subject';
import type { Bilingual } from './bilingual';

/** Forms (表) a submission can hold. One submission per form, subject and year. */
export const formIds = ['targetSheet', 'exAnteAssessment', 'monitoring', 'selfEvaluation', 'evaluation', 'departmentEvaluation', 'departmentTargets'] as const;
export const FormId = z.enum(formIds);
export type FormId = z.infer<typeof FormId>;

/** Where a submission stands: 草稿 → 已提交 → 退回修改 ⇄ 已提交 → 批复. */
export const statuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export const Status = z.enum(statuses);
export type Status = z.infer<typeof Status>;
export const statusLabels: Record<Status, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  approved: { zh: '已批复', en: 'Approved' },
};

/** The head of a submission: names its current version and where it stands. */
export const SubmissionHead = z.object({
  id: z.string(),
  form: FormId,
  regionId: Id,
  departmentId: Id,
  subjectType: SubjectType,
  subjectId: Id,
  year: Year,
  status: Status,
  version: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string(),
  submittedAt: z.string().optional(),
  approvedAt: z.string().optional(),
  approvedBy: z.string().optional(),
  /** The reviewer's comment when returned (退回意见). */
  comment: z.string().optional(),
});
export type SubmissionHead = z.infer<typeof SubmissionHead>;

/** The deterministic id: one submission per form, subject and year. */
export const submissionId = (form: FormId, year: number, subjectId: string): string => `${form}.${year}.${subjectId}`;
