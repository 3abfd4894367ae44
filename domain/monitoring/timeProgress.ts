import { z } from 'zod';
import type { MonitoringRules } from '../ruleSet/monitoringRules';

/** A calendar date, 'YYYY-MM-DD'. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** Time progress (序时进度) as an exact fraction: `elapsed / total` months or days. */
export interface TimeProgress {
  elapsed: number;
  total: number;
  /** `elapsed / total`, for display. */
  value: number;
}

const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

/**
 * Time progress of the budget year up to and including `through`, the last day the data covers
 * (RULES.md §5): whole months ended / 12, or days elapsed / days in the year, as `rules` chooses.
 * The date is passed in; nothing here reads the clock.
 *
 * @example
 * timeProgress('2025-07-31', defaultMonitoringRules) // { elapsed: 7, total: 12, value: 0.5833… }
 */
export const timeProgress = (through: string, rules: Pick<MonitoringRules, 'timeProgressBasis'>): TimeProgress => {
  const [year, month, day] = IsoDate.parse(through).split('-').map(Number) as [number, number, number];
  if (rules.timeProgressBasis === 'days') {
    const elapsed = dayNumber(year, month, day) - dayNumber(year, 1, 1) + 1;
    const total = dayNumber(year + 1, 1, 1) - dayNumber(year, 1, 1);
    return { elapsed, total, value: elapsed / total };
  }
  // A month counts once its last day is covered: data through 31 July is 7 months, through 30 July is 6.
  const endsMonth = dayNumber(year, month, day) + 1 === dayNumber(year, month + 1, 1);
  const elapsed = endsMonth ? month : month - 1;
  return { elapsed, total: 12, value: elapsed / 12 };
};
