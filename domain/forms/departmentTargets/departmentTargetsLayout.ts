import type { Bilingual } from '../../model/bilingual';
import { maxKeyTasks } from '../../model/departmentTargets';

import { indicatorColumns, targetSheetForm, wanYuanFormat } from '../targetSheet/targetSheetLayout';

/**
 * The form spec of 部门整体绩效目标申报表 (RULES.md §3) as plain data. It shares the 9 columns and the
 * indicator grid of the project target sheet, so indicator cells read and check the same way.
 *
 * Layout (A1 rows): 1 title · 2 year and money unit · 3 部门名称 · 4 职能概述 · 5 年度总体目标 ·
 * 6 funding heading · 7–10 funding (万元) · 11 tasks heading · 12 task column headers · 13–22 tasks ·
 * 23 indicator heading · 24 zh column headers · 25 en column headers · 26… one indicator per row.
 */

/** A header field: data path, label, row and the value's first column (label in A:B, value to the last column or C). */
export interface DepartmentHeaderField {
  path: 'departmentName' | 'functions' | 'annualGoal' | 'funding.incomeFen' | 'funding.expenditureFen' | 'funding.basicFen' | 'funding.projectFen';
  label: Bilingual;
  row0: number;
  kind: 'text' | 'longText' | 'wanYuan';
  input: boolean;
}

/** One column of the key task block: data key, label, and the merged columns it spans. */
export interface KeyTaskColumn {
  key: 'task' | 'projects' | 'budgetFen';
  label: Bilingual;
  cols: [number, number];
}

export const departmentHeaderFields: DepartmentHeaderField[] = [
  { path: 'departmentName', label: { zh: '部门名称', en: 'Department' }, row0: 2, kind: 'text', input: false },
  { path: 'functions', label: { zh: '部门职能概述', en: 'Functions' }, row0: 3, kind: 'longText', input: true },
  { path: 'annualGoal', label: { zh: '年度总体目标', en: 'Overall goal of the year' }, row0: 4, kind: 'longText', input: true },
  { path: 'funding.incomeFen', label: { zh: '收入预算合计', en: 'Total revenue budget' }, row0: 6, kind: 'wanYuan', input: true },
  { path: 'funding.expenditureFen', label: { zh: '支出预算合计', en: 'Total expenditure budget' }, row0: 7, kind: 'wanYuan', input: true },
  { path: 'funding.basicFen', label: { zh: '其中：基本支出', en: 'of which: basic expenditure' }, row0: 8, kind: 'wanYuan', input: true },
  { path: 'funding.projectFen', label: { zh: '项目支出', en: 'Project expenditure' }, row0: 9, kind: 'wanYuan', input: true },
];

export const keyTaskColumns: KeyTaskColumn[] = [
  { key: 'task', label: { zh: '任务名称', en: 'Task' }, cols: [0, 3] },
  { key: 'projects', label: { zh: '对应项目', en: 'Related projects' }, cols: [4, 6] },
  { key: 'budgetFen', label: { zh: '预算金额（万元）', en: 'Budget (10,000 yuan)' }, cols: [7, 8] },
];

const firstTaskRow0 = 12;
const indicatorSectionRow0 = firstTaskRow0 + maxKeyTasks;

/** Everything about the sheet that is not a field. */
export const departmentTargetsForm = {
  id: 'departmentTargets',
  /** Worksheet name, within Excel's 31 characters. */
  sheetName: '部门整体绩效目标申报表',
  title: { zh: '部门整体绩效目标申报表', en: 'Department Overall Performance Targets' },
  titleRow0: 0,
  subtitleRow0: 1,
  fundingSection: { row0: 5, label: { zh: '部门预算（万元）', en: 'Department budget (10,000 yuan)' } },
  taskSection: { row0: 10, label: { zh: '年度重点工作任务', en: 'Key tasks of the year' } },
  taskHeaderRow0: firstTaskRow0 - 1,
  firstTaskRow0,
  maxTasks: maxKeyTasks,
  indicatorSection: { row0: indicatorSectionRow0, label: { zh: '部门整体绩效指标', en: 'Department performance indicators' } },
  headerRowZh0: indicatorSectionRow0 + 1,
  headerRowEn0: indicatorSectionRow0 + 2,
  firstIndicatorRow0: indicatorSectionRow0 + 3,
  maxIndicators: targetSheetForm.maxIndicators,
  wanYuanFormat,
  headerFields: departmentHeaderFields,
  keyTaskColumns,
  indicatorColumns,
  lists: targetSheetForm.lists,
} as const;

export type DepartmentTargetsForm = typeof departmentTargetsForm;
