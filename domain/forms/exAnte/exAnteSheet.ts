import { z } from 'zod';
import { Conclusion } from '../../exAnte/conclusion';
import { ExAnteSubject } from '../../exAnte/dimension';
import { ExAnteAssessment } from '../../exAnte/exAnteAssessment';
import { Id, Text, Year } from '../../model/ids';
import { Fen } from '../../model/money';

/** The conclusion as recorded when the finance bureau approved the assessment, with the rule set that produced it. */
export const ExAnteRecordedResult = z.object({
  score: z.number().finite(),
  conclusion: Conclusion,
  byAssessor: z.record(z.string(), z.number().finite()),
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int().min(1),
  at: z.string(),
  by: z.string(),
});
export type ExAnteRecordedResult = z.infer<typeof ExAnteRecordedResult>;

/** The revision made after a 完善后予以支持 conclusion (RULES.md §4), recorded by the finance bureau. */
export const ExAnteRevision = z.object({
  note: Text(2000).pipe(z.string().min(1)),
  at: z.string(),
  by: z.string(),
  byName: z.string(),
});
export type ExAnteRevision = z.infer<typeof ExAnteRevision>;

/**
 * 事前绩效评估表 as a submission: the project or policy assessed (labels copied from it), the
 * policy's wording or the project's outline, the assessment itself (scores of every assessor and the
 * checklist answers, domain/exAnte), and what the server records: the conclusion at approval and,
 * for 完善后予以支持, the revision.
 */
export const ExAnteSheet = z.object({
  subjectType: ExAnteSubject,
  subjectId: Id,
  year: Year,
  subjectName: z.string().trim().min(1).max(200),
  departmentName: z.string().trim().max(100),
  /** Planned annual amount of the project or policy, in fen. */
  amountFen: Fen,
  /** 政策内容 (the policy's wording) for a policy, 项目概况 for a project. */
  outline: Text(4000).default(''),
  assessment: ExAnteAssessment,
  result: ExAnteRecordedResult.optional(),
  revision: ExAnteRevision.optional(),
});
export type ExAnteSheet = z.infer<typeof ExAnteSheet>;
