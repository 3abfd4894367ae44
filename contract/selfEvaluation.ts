import { z } from 'zod';
import { SelfEvaluationIndicator, SelfEvaluationSheet } from '../domain/forms/selfEvaluation/selfEvaluationSheet';
import { Id, Year } from '../domain/model/ids';

/** The sheet as the API accepts it: unknown fields refused, and no `result` (the score is the server's). */
export const StrictSelfEvaluationSheet = SelfEvaluationSheet.omit({ result: true })
  .extend({ budget: SelfEvaluationSheet.shape.budget.strict(), indicators: z.array(SelfEvaluationIndicator.strict()).max(500) })
  .strict();

/** POST /v1/self-evaluations. */
export const CreateSelfEvaluation = z.strictObject({ projectId: Id, year: Year });
export type CreateSelfEvaluation = z.input<typeof CreateSelfEvaluation>;

/** POST /v1/self-evaluations/{id}/recompute: why the finance bureau scores it again. */
export const RecomputeSelfEvaluation = z.strictObject({ reason: z.string().trim().max(500).optional() }).optional();
