import { budgetTypeLabels } from '../model/budgetType';
import { basisLabels, level1Labels, level2Labels, operatorSymbols } from '../model/indicator';
import { statusLabels } from '../model/submission';
import { subjectTypeLabels } from '../model/subject';
import { signalLabels } from '../monitoring/signal';
import { gradeLabels } from '../scoring/grade';
import { fenToWanYuanExact } from '../values/moneyText';
import type { ConsolidationColumn } from './consolidationColumn';
import type { ConsolidationTrace, IndicatorRow, ProjectRow } from './consolidationRow';

/**
 * The columns of the consolidated 项目 and 指标 sheets (docs/addin.md "Consolidate: pull into the workbook"). Labels are shown in Chinese
 * (the zh label of each code), since the sheets are read by the finance bureau.
 */

/** 万元 with 2 decimals always shown and up to 6 (one fen) when present, as on the form. */
export const wanYuanFormat = '#,##0.00####';

// 万元 as a number so Excel can add it up; the decimal text is exact to the fen before it becomes one.
const wanYuan = (fen: number | undefined) => (fen === undefined ? null : Number(fenToWanYuanExact(fen)));
// Scores are decimal strings: a number in the cell (so it sorts and sums), exact to its decimals.
const decimal = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));
const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? '是' : '否');

const traceColumns = <R extends ConsolidationTrace>(): ConsolidationColumn<R>[] => [
  { key: 'status', label: { zh: '状态', en: 'Status' }, width: 10, format: '@', value: (r) => statusLabels[r.status].zh },
  { key: 'version', label: { zh: '版本', en: 'Version' }, width: 7, format: '0', value: (r) => r.version },
  { key: 'updatedAt', label: { zh: '更新时间', en: 'Updated at' }, width: 20, format: '@', value: (r) => r.updatedAt },
  { key: 'approvedBy', label: { zh: '批复人', en: 'Approved by' }, width: 14, format: '@', value: (r) => r.approvedBy ?? null, internal: true },
  { key: 'approvedAt', label: { zh: '批复时间', en: 'Approved at' }, width: 20, format: '@', value: (r) => r.approvedAt ?? null },
  { key: 'submissionId', label: { zh: '填报编号', en: 'Submission id' }, width: 36, format: '@', value: (r) => r.submissionId },
];

export const projectColumns: ConsolidationColumn<ProjectRow>[] = [
  { key: 'departmentName', label: { zh: '主管部门', en: 'Department' }, width: 24, format: '@', value: (r) => r.departmentName },
  { key: 'subjectType', label: { zh: '对象类型', en: 'Subject type' }, width: 10, format: '@', value: (r) => subjectTypeLabels[r.subjectType].zh },
  { key: 'subjectName', label: { zh: '项目名称', en: 'Project name' }, width: 36, format: '@', value: (r) => r.subjectName },
  { key: 'subjectId', label: { zh: '项目编号', en: 'Project id' }, width: 28, format: '@', value: (r) => r.subjectId },
  { key: 'budgetType', label: { zh: '预算类型', en: 'Budget type' }, width: 16, format: '@', value: (r) => (r.budgetType ? budgetTypeLabels[r.budgetType].zh : null) },
  { key: 'isMajor', label: { zh: '重大项目', en: 'Major' }, width: 8, format: '@', value: (r) => yesNo(r.isMajor) },
  { key: 'isNew', label: { zh: '新增', en: 'New' }, width: 8, format: '@', value: (r) => yesNo(r.isNew) },
  { key: 'amount', label: { zh: '年度资金总额（万元）', en: 'Annual funding (10k yuan)' }, width: 16, format: wanYuanFormat, value: (r) => wanYuan(r.amountFen) },
  { key: 'fiscal', label: { zh: '财政拨款（万元）', en: 'Fiscal (10k yuan)' }, width: 14, format: wanYuanFormat, value: (r) => wanYuan(r.fiscalFen) },
  { key: 'other', label: { zh: '其他资金（万元）', en: 'Other (10k yuan)' }, width: 14, format: wanYuanFormat, value: (r) => wanYuan(r.otherFen) },
  { key: 'indicatorCount', label: { zh: '指标数', en: 'Indicators' }, width: 8, format: '0', value: (r) => r.indicatorCount },
  { key: 'score', label: { zh: '得分', en: 'Score' }, width: 8, format: '0.00', value: (r) => decimal(r.score) },
  { key: 'grade', label: { zh: '等级', en: 'Grade' }, width: 6, format: '@', value: (r) => (r.grade ? gradeLabels[r.grade].zh : null) },
  { key: 'warning', label: { zh: '预警', en: 'Warning' }, width: 12, format: '@', value: (r) => (r.warning ? signalLabels[r.warning].zh : null) },
  { key: 'recommendation', label: { zh: '结果应用建议', en: 'Recommendation' }, width: 30, format: '@', value: (r) => r.recommendation?.zh ?? null },
  { key: 'comment', label: { zh: '审核意见', en: 'Review comment' }, width: 30, format: '@', value: (r) => r.comment ?? null, internal: true },
  ...traceColumns<ProjectRow>(),
];

export const indicatorColumns: ConsolidationColumn<IndicatorRow>[] = [
  { key: 'departmentName', label: { zh: '主管部门', en: 'Department' }, width: 24, format: '@', value: (r) => r.departmentName },
  { key: 'subjectName', label: { zh: '项目名称', en: 'Project name' }, width: 36, format: '@', value: (r) => r.subjectName },
  { key: 'budgetType', label: { zh: '预算类型', en: 'Budget type' }, width: 16, format: '@', value: (r) => (r.budgetType ? budgetTypeLabels[r.budgetType].zh : null) },
  { key: 'index', label: { zh: '序号', en: 'No.' }, width: 6, format: '0', value: (r) => r.index },
  { key: 'level1', label: { zh: '一级指标', en: 'Level-1' }, width: 12, format: '@', value: (r) => level1Labels[r.level1].zh },
  { key: 'level2', label: { zh: '二级指标', en: 'Level-2' }, width: 16, format: '@', value: (r) => level2Labels[r.level2].zh },
  { key: 'name', label: { zh: '三级指标', en: 'Level-3 indicator' }, width: 30, format: '@', value: (r) => r.name },
  { key: 'operator', label: { zh: '指标性质', en: 'Operator' }, width: 9, format: '@', value: (r) => operatorSymbols[r.operator] },
  // The target stays the decimal text the filer typed (a number would lose "98.50" → 98.5).
  { key: 'target', label: { zh: '指标值', en: 'Target value' }, width: 14, format: '@', value: (r) => r.target },
  { key: 'unit', label: { zh: '度量单位', en: 'Unit' }, width: 10, format: '@', value: (r) => r.unit },
  { key: 'basis', label: { zh: '取值依据', en: 'Value basis' }, width: 12, format: '@', value: (r) => (r.basis ? basisLabels[r.basis].zh : null) },
  { key: 'actual', label: { zh: '实际完成值', en: 'Actual' }, width: 14, format: '@', value: (r) => r.actual ?? null },
  { key: 'score', label: { zh: '得分', en: 'Score' }, width: 8, format: '0.00', value: (r) => decimal(r.score) },
  { key: 'warning', label: { zh: '预警', en: 'Warning' }, width: 12, format: '@', value: (r) => (r.warning ? signalLabels[r.warning].zh : null) },
  ...traceColumns<IndicatorRow>(),
];
