import type { Bilingual } from '../../model/bilingual';
import { basisLabels } from '../../model/indicator';
import { deviationReasonLabels, type DeviationReason } from '../../monitoring/deviationReason';
import { likelihoodLabels, type Likelihood } from '../../monitoring/likelihood';
import { qualitativeStatusLabels, type QualitativeStatus } from '../../monitoring/qualitativeStatus';
import { signalLabels, signals } from '../../monitoring/signal';

import { targetSheetForm, wanYuanFormat } from '../targetSheet/targetSheetLayout';

/**
 * The form spec of 项目支出绩效运行监控表 (RULES.md §5, "双监控") as plain data. monitoringToGrid
 * renders it; monitoringCell maps a data path to its cell so that problems name cells.
 *
 * Layout (A1 rows): 1 title · 2 year and period · 3 project · 4 department and period ·
 * 5 budget, execution, rate, time progress, execution signal · 6 execution deviation (reason,
 * likelihood, note) · 7 execution corrective measure · 8 remarks · 9 indicator heading ·
 * 10 zh column headers · 11 en column headers · 12… one indicator per row.
 */

/** One header field: data path (or a computed value's name), where its label and value sit. */
export interface MonitoringHeaderField {
  path: string;
  label: Bilingual;
  row0: number;
  labelCols: [number, number];
  valueCols: [number, number];
  kind: 'text' | 'wanYuan' | 'percent' | 'choice';
  input: boolean;
  list?: string;
  format: string;
}

/** One column of the indicator grid; `input` columns are the department's to fill. */
export interface MonitoringColumn {
  key:
    | 'level1' | 'level2' | 'name' | 'operator' | 'target' | 'unit' | 'actual' | 'expectedFullYear'
    | 'signal' | 'deviationReason' | 'deviationNote' | 'likelihood' | 'correctiveAction';
  label: Bilingual;
  width: number;
  input: boolean;
  list?: string;
  allowOther?: boolean;
}

export const monitoringColumns: MonitoringColumn[] = [
  { key: 'level1', label: { zh: '一级指标', en: 'Level-1' }, width: 11, input: false },
  { key: 'level2', label: { zh: '二级指标', en: 'Level-2' }, width: 14, input: false },
  { key: 'name', label: { zh: '三级指标', en: 'Level-3 indicator' }, width: 26, input: false },
  { key: 'operator', label: { zh: '指标性质', en: 'Operator' }, width: 8, input: false },
  { key: 'target', label: { zh: '年度指标值', en: 'Annual target' }, width: 12, input: false },
  { key: 'unit', label: { zh: '度量单位', en: 'Unit' }, width: 9, input: false },
  // A 定性 indicator's actual and expected values are statuses: the list suggests them, numbers stay allowed.
  { key: 'actual', label: { zh: '实际完成值（1月至今）', en: 'Actual to date' }, width: 14, input: true, list: 'status', allowOther: true },
  { key: 'expectedFullYear', label: { zh: '全年预计完成值', en: 'Expected full year' }, width: 14, input: true, list: 'status', allowOther: true },
  { key: 'signal', label: { zh: '预警信号', en: 'Signal' }, width: 12, input: false },
  { key: 'deviationReason', label: { zh: '偏差原因', en: 'Deviation reason' }, width: 14, input: true, list: 'deviationReason' },
  { key: 'deviationNote', label: { zh: '原因说明', en: 'Explanation' }, width: 24, input: true },
  { key: 'likelihood', label: { zh: '完成目标可能性', en: 'Likelihood' }, width: 12, input: true, list: 'likelihood' },
  { key: 'correctiveAction', label: { zh: '纠偏措施', en: 'Corrective measure' }, width: 30, input: true },
];

const lastCol = monitoringColumns.length - 1;

export const monitoringHeaderFields: MonitoringHeaderField[] = [
  { path: 'projectName', label: { zh: '项目名称', en: 'Project' }, row0: 2, labelCols: [0, 1], valueCols: [2, lastCol], kind: 'text', input: false, format: '@' },
  { path: 'departmentName', label: { zh: '主管部门', en: 'Department' }, row0: 3, labelCols: [0, 1], valueCols: [2, 4], kind: 'text', input: false, format: '@' },
  { path: 'periodText', label: { zh: '监控期间', en: 'Period' }, row0: 3, labelCols: [5, 5], valueCols: [6, lastCol], kind: 'text', input: false, format: '@' },
  { path: 'budgetFen', label: { zh: '全年预算数（调整后）', en: 'Full-year budget (adjusted)' }, row0: 4, labelCols: [0, 1], valueCols: [2, 2], kind: 'wanYuan', input: true, format: wanYuanFormat },
  { path: 'executedFen', label: { zh: '执行数（1月至今）', en: 'Executed to date' }, row0: 4, labelCols: [3, 3], valueCols: [4, 4], kind: 'wanYuan', input: true, format: wanYuanFormat },
  { path: 'executionRate', label: { zh: '预算执行率', en: 'Execution rate' }, row0: 4, labelCols: [5, 5], valueCols: [6, 6], kind: 'percent', input: false, format: '0.00%' },
  { path: 'timeProgress', label: { zh: '序时进度', en: 'Time progress' }, row0: 4, labelCols: [7, 7], valueCols: [8, 8], kind: 'percent', input: false, format: '0.00%' },
  { path: 'executionSignal', label: { zh: '执行预警', en: 'Execution signal' }, row0: 4, labelCols: [9, 9], valueCols: [10, lastCol], kind: 'text', input: false, format: '@' },
  { path: 'execution.deviationReason', label: { zh: '执行偏差原因', en: 'Execution deviation reason' }, row0: 5, labelCols: [0, 1], valueCols: [2, 2], kind: 'choice', input: true, list: 'deviationReason', format: '@' },
  { path: 'execution.likelihood', label: { zh: '完成目标可能性', en: 'Likelihood' }, row0: 5, labelCols: [3, 3], valueCols: [4, 4], kind: 'choice', input: true, list: 'likelihood', format: '@' },
  { path: 'execution.deviationNote', label: { zh: '原因说明', en: 'Explanation' }, row0: 5, labelCols: [5, 5], valueCols: [6, lastCol], kind: 'text', input: true, format: '@' },
  { path: 'execution.correctiveAction', label: { zh: '执行纠偏措施', en: 'Execution corrective measure' }, row0: 6, labelCols: [0, 1], valueCols: [2, lastCol], kind: 'text', input: true, format: '@' },
  { path: 'remarks', label: { zh: '其他说明', en: 'Remarks' }, row0: 7, labelCols: [0, 1], valueCols: [2, lastCol], kind: 'text', input: true, format: '@' },
];

const deviationReasons = Object.keys(deviationReasonLabels) as DeviationReason[];
const likelihoods = Object.keys(likelihoodLabels) as Likelihood[];
const statuses = Object.keys(qualitativeStatusLabels) as QualitativeStatus[];

export const monitoringForm = {
  id: 'monitoring',
  sheetName: '绩效运行监控表',
  title: { zh: '项目支出绩效运行监控表', en: 'Project Expenditure Performance Monitoring' },
  titleRow0: 0,
  subtitleRow0: 1,
  indicatorSection: { row0: 8, label: { zh: '绩效指标运行情况', en: 'Indicators to date' } },
  headerRowZh0: 9,
  headerRowEn0: 10,
  firstIndicatorRow0: 11,
  maxIndicators: 500,
  fillingNote: {
    zh: '非绿色信号须填写偏差原因、完成目标可能性和纠偏措施；定性指标的实际完成值填 达成、部分达成 或 未达成。',
    en: 'A signal that is not green needs a reason, a likelihood and a corrective measure; a qualitative indicator’s actual is achieved, partly achieved or not achieved.',
  },
  headerFields: monitoringHeaderFields,
  columns: monitoringColumns,
  lists: {
    deviationReason: deviationReasons.map((r) => deviationReasonLabels[r].zh),
    likelihood: likelihoods.map((l) => likelihoodLabels[l].zh),
    status: statuses.map((s) => qualitativeStatusLabels[s].zh),
    signal: signals.map((s) => signalLabels[s].zh),
    basis: Object.values(basisLabels).map((b) => b.zh),
    level1: [...targetSheetForm.lists.level1],
  } satisfies Record<string, string[]>,
} as const;

export type MonitoringForm = typeof monitoringForm;
