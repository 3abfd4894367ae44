import type { CellValue } from '../grid/grid';
import { statuses, statusLabels, type Status } from '../model/submission';
import { signals, signalLabels, type Signal } from '../monitoring/signal';
import { grades, gradeLabels, type Grade } from '../scoring/grade';
import { fenToWanYuanExact } from '../values/moneyText';
import { wanYuanFormat } from './consolidationColumns';
import type { ProjectRow } from './consolidationRow';
import type { Bilingual } from '../model/bilingual';

/** One department's line of the 汇总 sheet (docs/addin.md "Consolidate: pull into the workbook"): counts, totals and distributions. */
export interface DepartmentSummary {
  departmentId: string;
  departmentName: string;
  projects: number;
  indicators: number;
  /** Σ 年度资金总额, integer fen (exact: fen sums stay below 2^53 for any real budget). */
  amountFen: number;
  byStatus: Record<Status, number>;
  byGrade: Record<Grade, number>;
  byWarning: Record<Signal, number>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const emptySummary = (departmentId: string, departmentName: string): DepartmentSummary => ({
  departmentId,
  departmentName,
  projects: 0,
  indicators: 0,
  amountFen: 0,
  byStatus: zeros(statuses),
  byGrade: zeros(grades),
  byWarning: zeros(signals),
});

/** Adds one project row to a summary line (mutates `into`, returns it). */
const addRow = (into: DepartmentSummary, row: ProjectRow): DepartmentSummary => {
  into.projects += 1;
  into.indicators += row.indicatorCount;
  into.amountFen += row.amountFen ?? 0;
  into.byStatus[row.status] += 1;
  if (row.grade) into.byGrade[row.grade] += 1;
  if (row.warning) into.byWarning[row.warning] += 1;
  return into;
};

/**
 * Summarizes project rows as they stream by, one line per department in order of first
 * appearance, so a city-wide export never keeps the rows themselves.
 *
 * @example
 * const summary = departmentSummarizer();
 * for (const batch of batches) summary.add(batch.projects);
 * summary.lines() // [{ departmentName: '南通市教育局', projects: 3, … }]
 */
export const departmentSummarizer = () => {
  const lines = new Map<string, DepartmentSummary>();
  return {
    add(rows: readonly ProjectRow[]): void {
      for (const row of rows) {
        const line = lines.get(row.departmentId) ?? emptySummary(row.departmentId, row.departmentName);
        lines.set(row.departmentId, addRow(line, row));
      }
    },
    lines: (): DepartmentSummary[] => [...lines.values()],
  };
};

/** The lines of all rows at once (see {@link departmentSummarizer}). */
export const summarizeByDepartment = (rows: readonly ProjectRow[]): DepartmentSummary[] => {
  const summarizer = departmentSummarizer();
  summarizer.add(rows);
  return summarizer.lines();
};

/** The 合计 line over all departments. */
export const summaryTotal = (lines: readonly DepartmentSummary[]): DepartmentSummary =>
  lines.reduce((total, line) => {
    total.projects += line.projects;
    total.indicators += line.indicators;
    total.amountFen += line.amountFen;
    for (const status of statuses) total.byStatus[status] += line.byStatus[status];
    for (const grade of grades) total.byGrade[grade] += line.byGrade[grade];
    for (const signal of signals) total.byWarning[signal] += line.byWarning[signal];
    return total;
  }, emptySummary('', '合计'));

/** A column of the 汇总 sheet. */
export interface SummaryColumn {
  label: Bilingual;
  width: number;
  format: string;
  value: (line: DepartmentSummary) => CellValue;
}

export const summaryColumns: SummaryColumn[] = [
  { label: { zh: '主管部门', en: 'Department' }, width: 28, format: '@', value: (l) => l.departmentName },
  { label: { zh: '项目数', en: 'Projects' }, width: 8, format: '0', value: (l) => l.projects },
  { label: { zh: '指标数', en: 'Indicators' }, width: 8, format: '0', value: (l) => l.indicators },
  { label: { zh: '资金总额（万元）', en: 'Funding (10k yuan)' }, width: 16, format: wanYuanFormat, value: (l) => Number(fenToWanYuanExact(l.amountFen)) },
  ...statuses.map((status) => ({ label: statusLabels[status], width: 8, format: '0', value: (l: DepartmentSummary) => l.byStatus[status] })),
  ...grades.map((grade) => ({ label: { zh: `等级${gradeLabels[grade].zh}`, en: gradeLabels[grade].en }, width: 7, format: '0', value: (l: DepartmentSummary) => l.byGrade[grade] })),
  ...signals.map((signal) => ({ label: signalLabels[signal], width: 10, format: '0', value: (l: DepartmentSummary) => l.byWarning[signal] })),
];

/** The 汇总 sheet's data rows: one per department, then 合计. */
export const summaryRows = (lines: readonly DepartmentSummary[]): CellValue[][] =>
  [...lines, summaryTotal(lines)].map((line) => summaryColumns.map((column) => column.value(line)));
