import { z } from 'zod';

/**
 * 财政运行综合绩效评价 of a district government by its city's finance bureau (RULES.md §6): a score
 * 0–100 (at most 2 decimals), an optional breakdown by item and a comment. The score feeds the
 * district's transfer-payment factor (domain/linkage/transferPaymentFactor.ts).
 */
export const FiscalEvaluationInput = z.strictObject({
  score: z.number().min(0).max(100).multipleOf(0.01),
  breakdown: z
    .array(z.strictObject({ item: z.string().trim().min(1).max(100), score: z.number().min(0).max(100).multipleOf(0.01), maxScore: z.number().min(0).max(100).optional() }))
    .max(30)
    .optional(),
  comment: z.string().trim().max(2000).optional(),
});
export type FiscalEvaluationInput = z.infer<typeof FiscalEvaluationInput>;
