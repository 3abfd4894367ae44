import type { Accumulation } from '../model/indicator';
import { bandOf } from '../rules/bands';
import type { MonitoringRules } from '../ruleSet/monitoringRules';
import { cmp, exact, ZERO, type Rational } from '../values/decimal';
import type { QualitativeStatus } from './qualitativeStatus';
import { ratio } from './ratio';
import type { Signal } from './signal';
import type { TimeProgress } from './timeProgress';

/** An indicator's progress to date: a quantitative actual against its target, or a qualitative status. */
export type IndicatorReading =
  | {
      operator: 'gte' | 'lte' | 'eq';
      target: string;
      actual: string;
      /** 度量单位: % ‰ 分 are levels by default (`rules.levelUnits`). */
      unit?: string;
      /** The target sheet's choice for this indicator, overriding the default by unit. */
      accumulation?: Accumulation;
      /** 全年预计完成值: below the target, a green signal turns yellow. */
      expectedFullYear?: string;
    }
  | { operator: 'qualitative'; status: QualitativeStatus; expectedFullYear?: QualitativeStatus };

type SignalRules = Pick<MonitoringRules, 'gteIndicatorBands' | 'levelUnits' | 'gteLevelBands' | 'expectedShortfallSignal'>;

const qualitativeSignals: Record<QualitativeStatus, Signal> = { achieved: 'green', partial: 'yellow', notAchieved: 'red' };

/** Whether a value meets the full-year target, as §2 scores it (≥, ≤, and ＝ with a zero target as ≤ 0). */
const meets = (operator: 'gte' | 'lte' | 'eq', value: Rational, target: Rational): boolean =>
  operator === 'lte' || (operator === 'eq' && cmp(target, ZERO) === 0) ? cmp(value, operator === 'lte' ? target : ZERO) <= 0 : cmp(value, target) >= 0;

/** Cumulative or level (RULES.md §5): the target sheet's choice, else level for the rule set's level units. */
export const accumulationOf = (reading: { unit?: string; accumulation?: Accumulation }, levelUnits: readonly string[]): Accumulation =>
  reading.accumulation ?? (reading.unit !== undefined && levelUnits.includes(reading.unit.trim()) ? 'level' : 'cumulative');

const progressSignal = (
  reading: Extract<IndicatorReading, { operator: 'gte' | 'lte' | 'eq' }>,
  progress: TimeProgress,
  rules: SignalRules,
): { ratio: number | null; signal: Signal } => {
  const target = exact(reading.target);
  const actual = exact(reading.actual);
  if (reading.operator === 'lte' || (reading.operator === 'eq' && cmp(target, ZERO) === 0))
    return { ratio: null, signal: meets(reading.operator, actual, target) ? 'green' : 'red' };
  if (cmp(target, ZERO) <= 0) return { ratio: null, signal: cmp(actual, target) >= 0 ? 'green' : 'red' };
  if (accumulationOf(reading, rules.levelUnits) === 'level') {
    // A rate or state is due in full all year: 60% satisfaction against ≥ 90% is behind in July too.
    const v = ratio(actual.n * target.d, actual.d * target.n);
    return { ratio: v, signal: bandOf(rules.gteLevelBands, v) };
  }
  if (progress.elapsed === 0) return { ratio: null, signal: 'green' };
  // actual / target = (a.n · t.d) / (a.d · t.n); one exact fraction, one rounding in `ratio`.
  const v = ratio(actual.n * target.d * BigInt(progress.total), actual.d * target.n * BigInt(progress.elapsed));
  return { ratio: v, signal: bandOf(rules.gteIndicatorBands, v) };
};

/**
 * The signal of one indicator (RULES.md §5):
 * - ≥, cumulative (counts, amounts): `v = actual / (target × time progress)` on `rules.gteIndicatorBands`
 *   (blue: target likely too low), as one exact fraction `actual × total / (target × elapsed)`;
 * - ≥, level (rates and states, by default the units in `rules.levelUnits`, or as the target sheet says):
 *   `v = actual / target` on `rules.gteLevelBands` (red < 0.6, yellow [0.6, 1), green ≥ 1);
 * - ≤: actual ≤ target green, else red;
 * - ＝: as ≥ when the target is positive; a zero target is met by actual ≤ 0 (as RULES.md §2 scores it);
 * - 定性: 达成 green, 部分达成 yellow, 未达成 red.
 * A green signal whose expected full-year value (全年预计完成值) misses the target turns
 * `rules.expectedShortfallSignal` (yellow). Divisions by zero are defined: before any time has elapsed
 * a cumulative ≥ indicator is green (nothing is due yet); a ≥ target that is zero or negative is compared
 * directly (actual ≥ target green, else red).
 *
 * @example
 * indicatorSignal({ operator: 'gte', target: '100', actual: '70' }, { elapsed: 7, total: 12, value: 7 / 12 }, defaultMonitoringRules)
 * // { ratio: 1.2, signal: 'blue' }
 */
export const indicatorSignal = (reading: IndicatorReading, progress: TimeProgress, rules: SignalRules): { ratio: number | null; signal: Signal } => {
  const shortfall = rules.expectedShortfallSignal;
  if (reading.operator === 'qualitative') {
    const signal = qualitativeSignals[reading.status];
    const expectedMisses = reading.expectedFullYear !== undefined && reading.expectedFullYear !== 'achieved';
    return { ratio: null, signal: signal === 'green' && expectedMisses ? shortfall : signal };
  }
  const read = progressSignal(reading, progress, rules);
  const expectedMisses = reading.expectedFullYear !== undefined && !meets(reading.operator, exact(reading.expectedFullYear), exact(reading.target));
  return read.signal === 'green' && expectedMisses ? { ...read, signal: shortfall } : read;
};
