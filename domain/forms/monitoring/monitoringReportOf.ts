import { DecimalString } from '../../values/decimal';
import type { IndicatorProgress, MonitoringReport } from '../../monitoring/monitoringReport';
import { qualitativeStatusLabels, type QualitativeStatus } from '../../monitoring/qualitativeStatus';
import { problem, type Problem } from '../../problem';
import type { MonitoringIndicator, MonitoringSheet } from './monitoringSheet';
import { choiceNames, readChoice, type Choice } from '../../grid/readChoice';

const statusChoices: Choice<QualitativeStatus>[] = (Object.keys(qualitativeStatusLabels) as QualitativeStatus[]).map((status) => ({
  value: status,
  names: choiceNames(status, qualitativeStatusLabels[status]),
}));

const fieldNames = {
  actual: { zh: '实际完成值', en: 'actual to date' },
  expectedFullYear: { zh: '全年预计完成值', en: 'expected full-year value' },
  target: { zh: '年度指标值', en: 'target' },
} as const;

type Field = keyof typeof fieldNames;

const missing = (i: number, indicator: MonitoringIndicator, field: Field): Problem =>
  problem(
    'monitoring.valueMissing',
    `指标"${indicator.name}"须填写${fieldNames[field].zh}`,
    `Indicator "${indicator.name}": the ${fieldNames[field].en} is required`,
    { path: `indicators.${i}.${field}` },
  );

const notNumber = (i: number, indicator: MonitoringIndicator, field: Field, value: string): Problem =>
  problem(
    'monitoring.notNumber',
    `指标"${indicator.name}"的${fieldNames[field].zh}应为数字（收到：${value.slice(0, 20)}）`,
    `Indicator "${indicator.name}": the ${fieldNames[field].en} must be a number (got: ${value.slice(0, 20)})`,
    { path: `indicators.${i}.${field}` },
  );

const notStatus = (i: number, indicator: MonitoringIndicator, field: Field, value: string): Problem =>
  problem(
    'monitoring.notStatus',
    `定性指标"${indicator.name}"的${fieldNames[field].zh}应为 达成、部分达成 或 未达成（收到：${value.slice(0, 20)}）`,
    `Qualitative indicator "${indicator.name}": the ${fieldNames[field].en} must be achieved, partly achieved or not achieved (got: ${value.slice(0, 20)})`,
    { path: `indicators.${i}.${field}` },
  );

const explanation = (indicator: MonitoringIndicator) => ({
  ...(indicator.deviationReason ? { deviationReason: indicator.deviationReason } : {}),
  ...(indicator.deviationNote ? { deviationNote: indicator.deviationNote } : {}),
  ...(indicator.likelihood ? { likelihood: indicator.likelihood } : {}),
  ...(indicator.correctiveAction ? { correctiveAction: indicator.correctiveAction } : {}),
});

const progressOf = (indicator: MonitoringIndicator, i: number, problems: Problem[]): IndicatorProgress | undefined => {
  const head = { name: indicator.name, unit: indicator.unit, ...explanation(indicator) };
  const read = (field: 'actual' | 'expectedFullYear'): string | undefined => {
    const value = indicator[field];
    if (value === undefined || value === '') problems.push(missing(i, indicator, field));
    return value || undefined;
  };
  const actual = read('actual');
  const expected = read('expectedFullYear');
  if (indicator.operator === 'qualitative') {
    const status = actual === undefined ? undefined : readChoice(actual, statusChoices);
    const expectedStatus = expected === undefined ? undefined : readChoice(expected, statusChoices);
    if (actual !== undefined && !status) problems.push(notStatus(i, indicator, 'actual', actual));
    if (expected !== undefined && !expectedStatus) problems.push(notStatus(i, indicator, 'expectedFullYear', expected));
    return status && expectedStatus ? { ...head, operator: 'qualitative', target: indicator.target, status, expectedFullYear: expectedStatus } : undefined;
  }
  const numbers = (['target', 'actual', 'expectedFullYear'] as const).map((field) => {
    const value = field === 'target' ? indicator.target : field === 'actual' ? actual : expected;
    if (value === undefined) return undefined;
    if (!DecimalString.safeParse(value).success) {
      problems.push(notNumber(i, indicator, field, value));
      return undefined;
    }
    return value;
  });
  const [target, actualValue, expectedValue] = numbers;
  return target !== undefined && actualValue !== undefined && expectedValue !== undefined
    ? {
        ...head,
        operator: indicator.operator,
        ...(indicator.accumulation ? { accumulation: indicator.accumulation } : {}),
        target,
        actual: actualValue,
        expectedFullYear: expectedValue,
      }
    : undefined;
};

/**
 * The domain's MonitoringReport of a filled-in sheet, or the problems that keep it from being one
 * (an actual or expected value missing, a number that is not one, a 定性 status not in the list), each
 * at the sheet path of the field, e.g. `indicators.2.actual`. A 定性 status may be written as its id or
 * label ("部分达成").
 *
 * @example
 * const { report, problems } = monitoringReportOf(sheet);
 * if (report) checkMonitoringReport(report, rules.monitoring);
 */
export const monitoringReportOf = (sheet: MonitoringSheet): { report?: MonitoringReport; problems: Problem[] } => {
  const problems: Problem[] = [];
  const indicators = sheet.indicators.map((indicator, i) => progressOf(indicator, i, problems));
  if (problems.length > 0) return { problems };
  return {
    report: {
      projectId: sheet.projectId,
      year: sheet.year,
      period: { through: sheet.through },
      budgetFen: sheet.budgetFen,
      executedFen: sheet.executedFen,
      execution: sheet.execution,
      indicators: indicators.filter((p): p is IndicatorProgress => p !== undefined),
    },
    problems,
  };
};
