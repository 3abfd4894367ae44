import { z } from 'zod';
import { Assessor } from './assessor';
import { ChecklistAnswer, ProjectCategory } from './checklist';
import { ExAnteDimension, ExAnteSubject } from './dimension';

/** One assessor's scores: a sub-score per dimension (each ≤ that dimension's points), and a comment. */
export const AssessorScores = z.object({
  assessor: Assessor,
  /** Who scored, e.g. an expert's name; kept for the record. */
  name: z.string().trim().max(100).optional(),
  scores: z.partialRecord(ExAnteDimension, z.number().finite().min(0)),
  comment: z.string().trim().max(2000).optional(),
});
export type AssessorScores = z.infer<typeof AssessorScores>;

/**
 * An ex-ante assessment (事前绩效评估, RULES.md §4) of a project or policy: the scores of every
 * assessor and the answers to the checklists of its category (checklist id → item id → answer).
 */
export const ExAnteAssessment = z.object({
  subject: ExAnteSubject,
  category: ProjectCategory.optional(),
  assessors: z.array(AssessorScores).min(1).max(50),
  checklistAnswers: z.record(z.string(), z.record(z.string(), ChecklistAnswer)).default({}),
});
export type ExAnteAssessment = z.infer<typeof ExAnteAssessment>;
