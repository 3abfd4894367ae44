import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/**
 * The forms the finance bureau consolidates (docs/api.md "Routes: consolidation, exports, offline workbooks, disclosure"): one consolidated workbook per year and form.
 * `targetSheet` is read from submissions today; the others have a source once their data is stored
 * (functions/consolidation/consolidationSources.ts says which are available).
 */
export const consolidationForms = ['targetSheet', 'monitoring', 'selfEvaluation', 'evaluation', 'recommendation'] as const;
export const ConsolidationForm = z.enum(consolidationForms);
export type ConsolidationForm = z.infer<typeof ConsolidationForm>;

export const consolidationBilinguals: Record<ConsolidationForm, Bilingual> = {
  targetSheet: { zh: '绩效目标', en: 'Performance targets' },
  monitoring: { zh: '绩效运行监控', en: 'In-year monitoring' },
  selfEvaluation: { zh: '绩效自评', en: 'Self-evaluation' },
  evaluation: { zh: '绩效评价', en: 'Evaluations' },
  recommendation: { zh: '结果应用建议', en: 'Recommendations' },
};
