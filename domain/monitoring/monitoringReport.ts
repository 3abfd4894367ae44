import { z } from 'zod';
import { Id, Text, Year } from '../model/ids';
import { Accumulation } from '../model/indicator';
import { Fen } from '../model/money';
import { DecimalString } from '../values/decimal';
import { DeviationReason } from './deviationReason';
import { FinanceAction } from './financeAction';
import { Likelihood } from './likelihood';
import { QualitativeStatus } from './qualitativeStatus';
import { IsoDate } from './timeProgress';

/** What a filer writes for a signal that is not green (RULES.md §5); `checkMonitoringReport` requires it. */
export const DeviationExplanation = z.object({
  deviationReason: DeviationReason.optional(),
  /** Free text; required when the reason is 其他. */
  deviationNote: Text(500).optional(),
  likelihood: Likelihood.optional(),
  correctiveAction: Text(1000).optional(),
});
export type DeviationExplanation = z.infer<typeof DeviationExplanation>;

const indicatorHead = { name: z.string().trim().min(1).max(200), unit: z.string().trim().max(20) };

/** A quantitative indicator's progress: actual to date and expected full-year value, as decimal strings. */
export const QuantitativeProgress = DeviationExplanation.extend({
  ...indicatorHead,
  operator: z.enum(['gte', 'lte', 'eq']),
  /** Cumulative or level as the target sheet says; absent → by unit (RULES.md §5). */
  accumulation: Accumulation.optional(),
  target: DecimalString,
  actual: DecimalString,
  expectedFullYear: DecimalString,
});

/** A qualitative (定性) indicator's progress: where it stands and where it is expected to end the year. */
export const QualitativeProgress = DeviationExplanation.extend({
  ...indicatorHead,
  operator: z.literal('qualitative'),
  target: z.string().trim().max(500),
  status: QualitativeStatus,
  expectedFullYear: QualitativeStatus,
});

export const IndicatorProgress = z.discriminatedUnion('operator', [QuantitativeProgress, QualitativeProgress]);
export type IndicatorProgress = z.infer<typeof IndicatorProgress>;

/**
 * A monitoring report (绩效运行监控表, RULES.md §5) of one project for the year to date: budget
 * execution in fen, each indicator's progress, explanations for deviations, and the finance bureau's
 * decision once it has one.
 */
export const MonitoringReport = z
  .object({
    projectId: Id,
    year: Year,
    /** The period reported: from 1 January to `through`, inclusive. */
    period: z.object({ through: IsoDate }),
    /** Full-year budget after adjustment (调整后预算数), in fen. */
    budgetFen: Fen,
    /** Executed to date (执行数), in fen. */
    executedFen: Fen,
    execution: DeviationExplanation.default({}),
    indicators: z.array(IndicatorProgress).max(500),
    financeAction: FinanceAction.optional(),
  })
  .refine((r) => r.period.through.startsWith(`${r.year}-`), {
    message: 'the period must end inside the budget year',
    path: ['period', 'through'],
  });
export type MonitoringReport = z.infer<typeof MonitoringReport>;
