import { z } from 'zod';
import { bandOf, type Band } from '../rules/bands';

/** 等级（优/良/中/差）, GLOSSARY.md. */
export const grades = ['excellent', 'good', 'fair', 'poor'] as const;
export const Grade = z.enum(grades);
export type Grade = z.infer<typeof Grade>;

export const gradeLabels: Record<Grade, { zh: string; en: string }> = {
  excellent: { zh: '优', en: 'Excellent' },
  good: { zh: '良', en: 'Good' },
  fair: { zh: '中', en: 'Fair' },
  poor: { zh: '差', en: 'Poor' },
};

/**
 * The grade of a total on the rule set's half-open bands (RULES.md §2: `[90,100]` 优, `[80,90)` 良 …).
 *
 * @example
 * gradeOf(89.99, ruleSet.selfEvaluation.gradeBands) // 'good'
 */
export const gradeOf = (total: number, bands: readonly Band<Grade>[]): Grade => bandOf(bands, total);
