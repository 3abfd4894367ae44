import { z } from 'zod';
import { ChecklistAnswer, ProjectCategory } from '../domain/exAnte/checklist';
import { ExAnteSubject } from '../domain/exAnte/dimension';
import { AssessorScores } from '../domain/exAnte/exAnteAssessment';
import { Id, Text, Year } from '../domain/model/ids';

/** What a client writes on an ex-ante assessment: unknown fields anywhere are refused (400 `request.unknownField`). */
export const StrictExAnteInput = z.strictObject({
  outline: Text(4000).optional(),
  assessment: z.strictObject({
    category: ProjectCategory.optional(),
    assessors: z.array(AssessorScores.strict()).min(1).max(50),
    checklistAnswers: z.record(z.string().max(64), z.record(z.string().max(64), ChecklistAnswer)).default({}),
  }),
});
export type ExAnteInput = z.infer<typeof StrictExAnteInput>;

/** POST /v1/ex-ante-assessments. */
export const CreateExAnte = z.strictObject({ subjectType: ExAnteSubject, subjectId: Id, year: Year, data: StrictExAnteInput.optional() });
export type CreateExAnte = z.input<typeof CreateExAnte>;

/** An ex-ante reviewer's or the department's note (修改说明, 意见). */
export const exAnteNote = z.string().trim().min(1, '意见不能为空 / a comment is required').max(2000);
