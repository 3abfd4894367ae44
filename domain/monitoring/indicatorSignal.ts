import { bandOf } from '../rules/bands';
import type { MonitoringRules } from '../ruleSet/monitoringRules';
import { cmp, exact, ZERO } from '../values/decimal';
import type { QualitativeStatus } from './qualitativeStatus';
import { ratio } from './ratio';
import type { Signal } from './signal';
import type { TimeProgress } from './timeProgress';

/** An indicator's progress to date: a quantitative actual against its target, or a qualitative status. */
export type IndicatorReading =
  | { operator: 'gte' | 'lte' | 'eq'; target: string; actual: string }
  | { operator: 'qualitative'; status: QualitativeStatus };

const qualitativeSignals: Record<QualitativeStatus, Signal> = { achieved: 'green', partial: 'yellow', notAchieved: 'red' };

/**
 * The signal of one indicator (RULES.md §5):
 * - ≥: `v = actual / (target × time progress)` on `rules.gteIndicatorBands` (blue: target likely too low),
 *   as one exact fraction `actual × total / (target × elapsed)`;
 * - ≤: actual ≤ target green, else red;
 * - ＝: as ≥ when the target is positive; a zero target is met by actual ≤ 0 (as RULES.md §2 scores it);
 * - 定性: 达成 green, 部分达成 yellow, 未达成 red.
 * Divisions by zero are defined: before any time has elapsed a ≥ indicator is green (nothing is due
 * yet); a ≥ target that is zero or negative is compared directly (actual ≥ target green, else red).
 *
 * @example
 * indicatorSignal({ operator: 'gte', target: '100', actual: '70' }, { elapsed: 7, total: 12, value: 7 / 12 }, defaultMonitoringRules)
 * // { ratio: 1.2, signal: 'blue' }
 */
export const indicatorSignal = (
  reading: IndicatorReading,
  progress: TimeProgress,
  rules: Pick<MonitoringRules, 'gteIndicatorBands'>,
): { ratio: number | null; signal: Signal } => {
  if (reading.operator === 'qualitative') return { ratio: null, signal: qualitativeSignals[reading.status] };
  const target = exact(reading.target);
  const actual = exact(reading.actual);
  if (reading.operator === 'lte') return { ratio: null, signal: cmp(actual, target) <= 0 ? 'green' : 'red' };
  if (reading.operator === 'eq' && cmp(target, ZERO) === 0) return { ratio: null, signal: cmp(actual, ZERO) <= 0 ? 'green' : 'red' };
  if (cmp(target, ZERO) <= 0) return { ratio: null, signal: cmp(actual, target) >= 0 ? 'green' : 'red' };
  if (progress.elapsed === 0) return { ratio: null, signal: 'green' };
  // actual / target = (a.n · t.d) / (a.d · t.n); one exact fraction, one rounding in `ratio`.
  const v = ratio(actual.n * target.d * BigInt(progress.total), actual.d * target.n * BigInt(progress.elapsed));
  return { ratio: v, signal: bandOf(rules.gteIndicatorBands, v) };
};
