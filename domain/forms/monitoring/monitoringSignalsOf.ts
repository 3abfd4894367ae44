import { checkMonitoringReport } from '../../monitoring/checkMonitoringReport';
import type { Problem } from '../../problem';
import type { RuleSet } from '../../ruleSet/ruleSet';
import { monitoringCell } from './monitoringCell';
import { monitoringReportOf } from './monitoringReportOf';
import type { MonitoringSheet, MonitoringSignals } from './monitoringSheet';

const withCells = (problems: Problem[]): Problem[] =>
  problems.map((p) => {
    const cell = p.path === undefined ? undefined : monitoringCell(p.path);
    return cell ? { ...p, cell } : p;
  });

/**
 * The signals of a monitoring sheet under a rule set (RULES.md §5), stamped with the rule set's id and
 * version, and every problem that would stop it from being submitted — a value missing or not a
 * number, a non-green signal without its reason, likelihood and corrective measure — plus warnings,
 * each with its cell. No signals while a value is missing (a draft).
 *
 * @example
 * const { signals, problems } = monitoringSignalsOf(sheet, ruleSet);
 */
export const monitoringSignalsOf = (
  sheet: MonitoringSheet,
  ruleSet: Pick<RuleSet, 'id' | 'version' | 'monitoring'>,
): { signals?: MonitoringSignals; problems: Problem[] } => {
  const { report, problems } = monitoringReportOf(sheet);
  if (!report) return { problems: withCells(problems) };
  const result = checkMonitoringReport(report, ruleSet.monitoring);
  return {
    signals: {
      timeProgress: result.timeProgress,
      executionRate: result.execution.executionRate,
      execution: result.execution.signal,
      indicators: result.indicators,
      project: result.project,
      ruleSetId: ruleSet.id,
      ruleSetVersion: ruleSet.version,
    },
    problems: withCells(result.problems),
  };
};
