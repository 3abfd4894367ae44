import { bandOf } from '../rules/bands';
import type { MonitoringRules } from '../ruleSet/monitoringRules';
import { ratio } from './ratio';
import type { ExecutionSignal } from './signal';
import type { TimeProgress } from './timeProgress';

/** The execution signal and the numbers behind it; a null number is a division by zero, defined below. */
export interface ExecutionReading {
  /** 预算执行率 = executed / full-year budget; null when the budget is 0. */
  executionRate: number | null;
  /** `v = execution rate / time progress`; null when either is undefined or time progress is 0. */
  ratio: number | null;
  signal: ExecutionSignal;
}

/**
 * The execution signal (RULES.md §5): `v = execution rate / time progress` on `rules.executionBands`,
 * computed as one exact fraction `executed × total / (budget × elapsed)` from the amounts in fen.
 * With a zero budget or before any time has elapsed nothing can lag, so the signal is green.
 *
 * @example
 * executionSignal({ executedFen: 35_000, budgetFen: 100_000 }, { elapsed: 7, total: 12, value: 7 / 12 }, defaultMonitoringRules)
 * // { executionRate: 0.35, ratio: 0.6, signal: 'yellow' }
 */
export const executionSignal = (
  amounts: { executedFen: number; budgetFen: number },
  progress: TimeProgress,
  rules: Pick<MonitoringRules, 'executionBands'>,
): ExecutionReading => {
  const executed = BigInt(amounts.executedFen);
  const budget = BigInt(amounts.budgetFen);
  if (budget === 0n) return { executionRate: null, ratio: null, signal: 'green' };
  const executionRate = ratio(executed, budget);
  if (progress.elapsed === 0) return { executionRate, ratio: null, signal: 'green' };
  const v = ratio(executed * BigInt(progress.total), budget * BigInt(progress.elapsed));
  return { executionRate, ratio: v, signal: bandOf(rules.executionBands, v) };
};
