import { z } from 'zod';
import { Bands } from '../rules/bands';
import { ExecutionSignal, Signal } from '../monitoring/signal';

/**
 * In-year monitoring rules ("双监控", RULES.md §5; MoF 财预〔2019〕136号). Every number is a default a
 * finance administrator may change per region and year.
 */
export const MonitoringRules = z.object({
  /** Time progress (序时进度): whole months elapsed / 12, or days elapsed / days in the year. */
  timeProgressBasis: z.enum(['months', 'days']),
  /** Default checkpoint: data for January to `throughMonth`, reported in `reportMonth`. */
  checkpoint: z.object({
    throughMonth: z.number().int().min(1).max(12),
    reportMonth: z.number().int().min(1).max(12),
  }),
  /** Whether departments may also report monthly, besides the checkpoint. */
  monthlyReportsAllowed: z.boolean(),
  /** Bands on `v = execution rate / time progress`. */
  executionBands: Bands(ExecutionSignal),
  /** Bands on `v = actual / (target × time progress)` for cumulative ≥ indicators. */
  gteIndicatorBands: Bands(Signal),
  /**
   * Units of level indicators (rates and states: 合格率, 满意度, 覆盖率), read against the target without
   * time progress (RULES.md §5 "cumulative vs level"); every other unit is cumulative. The target sheet
   * may say otherwise per indicator. Older stored rule sets read the default.
   */
  levelUnits: z.array(z.string().trim().min(1).max(20)).default(['%', '‰', '分']),
  /** Bands on `v = actual / target` for level ≥ indicators: a 满意度 of 60% against ≥ 90% is red in July too. */
  gteLevelBands: Bands(Signal).default([
    { from: 1, value: 'green' },
    { from: 0.6, value: 'yellow' },
    { from: 0, value: 'red' },
  ]),
  /** What a green signal becomes when the expected full-year value (全年预计完成值) misses the target. */
  expectedShortfallSignal: z.enum(['yellow', 'red']).default('yellow'),
});
export type MonitoringRules = z.infer<typeof MonitoringRules>;

export const defaultMonitoringRules: MonitoringRules = {
  timeProgressBasis: 'months',
  checkpoint: { throughMonth: 7, reportMonth: 8 },
  monthlyReportsAllowed: true,
  executionBands: [
    { from: 0.8, value: 'green' },
    { from: 0.6, value: 'yellow' },
    { from: 0, value: 'red' },
  ],
  gteIndicatorBands: [
    { from: 1.2, value: 'blue' },
    { from: 0.8, value: 'green' },
    { from: 0.6, value: 'yellow' },
    { from: 0, value: 'red' },
  ],
  levelUnits: ['%', '‰', '分'],
  gteLevelBands: [
    { from: 1, value: 'green' },
    { from: 0.6, value: 'yellow' },
    { from: 0, value: 'red' },
  ],
  expectedShortfallSignal: 'yellow',
};
