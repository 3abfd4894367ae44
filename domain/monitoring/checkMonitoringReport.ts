import { problem, type Problem } from '../problem';
import type { MonitoringRules } from '../ruleSet/monitoringRules';
import { executionSignal, type ExecutionReading } from './executionSignal';
import { indicatorSignal } from './indicatorSignal';
import type { DeviationExplanation, MonitoringReport } from './monitoringReport';
import { signalLabels, worstSignal, type Signal } from './signal';
import { timeProgress, type TimeProgress } from './timeProgress';
import type { Bilingual } from '../model/bilingual';

export interface MonitoringResult {
  timeProgress: TimeProgress;
  execution: ExecutionReading;
  /** One per indicator, in report order; `ratio` is set for ≥ (and positive ＝) indicators. */
  indicators: { ratio: number | null; signal: Signal }[];
  /** The project's signal: the worst of all (red > yellow > green > blue). */
  project: Signal;
  problems: Problem[];
}

const fields = [
  ['deviationReason', '偏差原因', 'deviation reason'],
  ['likelihood', '完成目标可能性', 'likelihood of meeting the target'],
  ['correctiveAction', '纠偏措施', 'corrective measure'],
] as const;

/** Problems for each explanation a non-green signal lacks, at `prefix.<field>`. */
const missingExplanations = (explanation: DeviationExplanation, signal: Signal, prefix: string, subject: Bilingual): Problem[] => {
  if (signal === 'green') return [];
  const label = signalLabels[signal];
  const missing: Problem[] = fields
    .filter(([field]) => !explanation[field])
    .map(([field, zh, en]) =>
      problem(
        'monitoring.reasonRequired',
        `${subject.zh}为${label.zh}，须填写${zh}`,
        `${subject.en} is ${label.en.toLowerCase()}: a ${en} is required`,
        { path: `${prefix}.${field}` },
      ),
    );
  if (explanation.deviationReason === 'other' && !explanation.deviationNote)
    missing.push(
      problem(
        'monitoring.reasonRequired',
        `${subject.zh}偏差原因为"其他"，须说明具体原因`,
        `${subject.en}: the reason "other" needs an explanation`,
        { path: `${prefix}.deviationNote` },
      ),
    );
  return missing;
};

/**
 * Reads a monitoring report's signals and checks it (RULES.md §5, "双监控"): time progress from the
 * period's end, the execution signal, each indicator's signal and the project's worst one. Every
 * non-green signal needs a deviation reason, a likelihood and a corrective measure, else a
 * `monitoring.reasonRequired` problem at its path (e.g. `indicators.2.deviationReason`).
 *
 * @example
 * checkMonitoringReport(report, defaultMonitoringRules).problems
 * // [{ code: 'monitoring.reasonRequired', path: 'execution.correctiveAction', ... }]
 */
export const checkMonitoringReport = (report: MonitoringReport, rules: MonitoringRules): MonitoringResult => {
  const progress = timeProgress(report.period.through, rules);
  const execution = executionSignal(report, progress, rules);
  const indicators = report.indicators.map((indicator) =>
    indicatorSignal(
      indicator.operator === 'qualitative' ? { operator: 'qualitative', status: indicator.status, expectedFullYear: indicator.expectedFullYear } : indicator,
      progress,
      rules,
    ),
  );

  const problems: Problem[] = [
    ...missingExplanations(report.execution, execution.signal, 'execution', { zh: '预算执行进度', en: 'Budget execution' }),
    ...report.indicators.flatMap((indicator, i) =>
      missingExplanations(indicator, indicators[i]!.signal, `indicators.${i}`, { zh: `指标"${indicator.name}"`, en: `Indicator "${indicator.name}"` }),
    ),
  ];
  if (report.executedFen > report.budgetFen)
    problems.push(
      problem(
        'monitoring.executionOverBudget',
        '执行数超过全年预算数，请核实',
        'Executed amount exceeds the full-year budget; please check',
        { path: 'executedFen' },
        'warning',
      ),
    );

  return {
    timeProgress: progress,
    execution,
    indicators,
    project: worstSignal([execution.signal, ...indicators.map((s) => s.signal)]),
    problems,
  };
};
