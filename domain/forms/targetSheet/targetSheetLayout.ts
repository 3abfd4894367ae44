import type { Bilingual } from '../../model/bilingual';
import {
  basisLabels, bases, level1Labels, level1s, level2Labels, level2sByLevel1, operators, operatorSymbols,
} from '../../model/indicator';

import { commonUnits } from '../indicators/commonUnits';

/**
 * The form spec of 项目支出绩效目标申报表 (RULES.md §1) as plain, JSON-serializable data: where every
 * field sits, its labels, which cells are input, drop-down lists and number formats. The grid
 * functions (targetSheetToGrid, targetSheetFromGrid, targetSheetCell) read their layout from here,
 * and GET /v1/forms/targetSheet can serve `targetSheetForm` as is.
 *
 * Layout (A1 rows): 1 title · 2 year and money unit · 3–5 project header · 6 funding heading ·
 * 7–9 funding (万元) · 10–11 goals · 12 indicator heading · 13 filling note · 14 zh column headers ·
 * 15 en column headers · 16… one indicator per row.
 *
 * Labels: the sheet is zh-CN first. Header-block labels hold both languages in one cell, zh on the
 * first line ("项目名称\nProject name"); the indicator grid has a zh header row and, under it, an en
 * header row, so the zh row reads exactly like the paper form and filters/prints stay clean.
 */

/** Where a header field is shown: 0-based row, label columns and value columns (inclusive). */
export interface HeaderField {
  /** Data path in TargetSheet, or 'fundingTotal' for the computed 年度资金总额. */
  path: string;
  label: Bilingual;
  row0: number;
  labelCols: [number, number];
  valueCols: [number, number];
  /** How the value is written and read. */
  kind: 'text' | 'longText' | 'projectAttribute' | 'year' | 'wanYuan';
  /** Editable by the filer; prefilled project labels and the computed total are locked. */
  input: boolean;
  /** Drop-down list name in `lists`. */
  list?: string;
  /** Excel number format of the value cell. */
  format: string;
}

/** One column of the indicator grid. */
export interface IndicatorColumn {
  key: 'level1' | 'level2' | 'name' | 'operator' | 'target' | 'unit' | 'basis' | 'explanation' | 'libraryId';
  label: Bilingual;
  /** Width in characters. */
  width: number;
  list?: string;
  /** The list only suggests values; others are accepted (units). */
  allowOther?: boolean;
}

/** 万元 with 2 decimals always shown and up to 6 (one fen) when present. */
export const wanYuanFormat = '#,##0.00####';

/** Projects are 新增 or 延续 (GLOSSARY.md `isNew`). */
export const projectAttributeLabels = {
  new: { zh: '新增', en: 'New' },
  continuing: { zh: '延续', en: 'Continuing' },
} as const satisfies Record<string, Bilingual>;

export const indicatorColumns: IndicatorColumn[] = [
  { key: 'level1', label: { zh: '一级指标', en: 'Level-1' }, width: 12, list: 'level1' },
  { key: 'level2', label: { zh: '二级指标', en: 'Level-2' }, width: 16, list: 'level2' },
  { key: 'name', label: { zh: '三级指标', en: 'Level-3 indicator' }, width: 30 },
  { key: 'operator', label: { zh: '指标性质', en: 'Operator' }, width: 9, list: 'operator' },
  { key: 'target', label: { zh: '指标值', en: 'Target value' }, width: 14 },
  { key: 'unit', label: { zh: '度量单位', en: 'Unit' }, width: 10, list: 'unit', allowOther: true },
  { key: 'basis', label: { zh: '取值依据', en: 'Value basis' }, width: 12, list: 'basis' },
  { key: 'explanation', label: { zh: '指标解释', en: 'Explanation' }, width: 36 },
  // Not on the paper form: keeps the link to the indicator library through a round trip.
  { key: 'libraryId', label: { zh: '指标库编号', en: 'Library id' }, width: 12 },
];

const lastCol = indicatorColumns.length - 1;

export const headerFields: HeaderField[] = [
  { path: 'projectName', label: { zh: '项目名称', en: 'Project name' }, row0: 2, labelCols: [0, 1], valueCols: [2, lastCol], kind: 'text', input: false, format: '@' },
  { path: 'departmentName', label: { zh: '主管部门', en: 'Supervising department' }, row0: 3, labelCols: [0, 1], valueCols: [2, 3], kind: 'text', input: false, format: '@' },
  { path: 'unitName', label: { zh: '实施单位', en: 'Implementing unit' }, row0: 3, labelCols: [4, 4], valueCols: [5, lastCol], kind: 'text', input: false, format: '@' },
  { path: 'isNew', label: { zh: '项目属性', en: 'Project type' }, row0: 4, labelCols: [0, 1], valueCols: [2, 3], kind: 'projectAttribute', input: true, list: 'projectAttribute', format: '@' },
  { path: 'period.from', label: { zh: '项目期（起）', en: 'Period from' }, row0: 4, labelCols: [4, 4], valueCols: [5, 5], kind: 'year', input: true, format: '0' },
  { path: 'period.to', label: { zh: '至', en: 'to' }, row0: 4, labelCols: [6, 6], valueCols: [7, lastCol], kind: 'year', input: true, format: '0' },
  { path: 'fundingTotal', label: { zh: '年度资金总额', en: 'Annual funding total' }, row0: 6, labelCols: [0, 1], valueCols: [2, 2], kind: 'wanYuan', input: false, format: wanYuanFormat },
  { path: 'funding.fiscalFen', label: { zh: '其中：财政拨款', en: 'of which: fiscal appropriation' }, row0: 7, labelCols: [0, 1], valueCols: [2, 2], kind: 'wanYuan', input: true, format: wanYuanFormat },
  { path: 'funding.otherFen', label: { zh: '其他资金', en: 'Other funds' }, row0: 8, labelCols: [0, 1], valueCols: [2, 2], kind: 'wanYuan', input: true, format: wanYuanFormat },
  { path: 'overallGoal', label: { zh: '总体目标（实施期）', en: 'Overall goal (whole period)' }, row0: 9, labelCols: [0, 1], valueCols: [2, lastCol], kind: 'longText', input: true, format: '@' },
  { path: 'annualGoal', label: { zh: '年度目标', en: 'Annual goal' }, row0: 10, labelCols: [0, 1], valueCols: [2, lastCol], kind: 'longText', input: true, format: '@' },
];

/** Everything about the sheet that is not a field: its name, title, fixed rows and lists. */
export const targetSheetForm = {
  id: 'targetSheet',
  /** Worksheet name, within Excel's 31 characters. */
  sheetName: '绩效目标申报表',
  title: { zh: '项目支出绩效目标申报表', en: 'Project Expenditure Performance Targets' },
  titleRow0: 0,
  subtitleRow0: 1,
  fundingSection: { row0: 5, label: { zh: '资金情况（万元）', en: 'Funding (10,000 yuan)' } },
  fundingNote: { zh: '＝ 财政拨款 ＋ 其他资金（自动计算）', en: '= fiscal appropriation + other funds (computed)' },
  indicatorSection: { row0: 11, label: { zh: '绩效指标', en: 'Performance indicators' } },
  fillingNote: {
    row0: 12,
    label: {
      zh: '填写说明：指标性质选 ≥、≤、＝ 或 定性；定量指标的指标值只填数字，单位填在“度量单位”列（也可直接写“≥50个”，读取时自动拆分）；定性指标的指标值填文字。',
      en: 'How to fill: pick ≥, ≤, ＝ or 定性 (qualitative); a quantitative target is a number with its unit in the Unit column ("≥50个" is split automatically); a qualitative target is text.',
    },
  },
  headerRowZh0: 13,
  headerRowEn0: 14,
  firstIndicatorRow0: 15,
  /** TargetSheet.indicators holds at most 500. */
  maxIndicators: 500,
  headerFields,
  indicatorColumns,
  lists: {
    level1: level1s.map((l) => level1Labels[l].zh),
    // One combined list: Excel data validation cannot depend on another cell without formulas;
    // targetSheetFromGrid resolves a label under the row's 一级指标 and the checks flag mismatches.
    level2: [...new Set(level1s.flatMap((l) => level2sByLevel1[l].map((l2) => level2Labels[l2].zh)))],
    operator: operators.map((o) => operatorSymbols[o]),
    unit: [...commonUnits],
    basis: bases.map((b) => basisLabels[b].zh),
    projectAttribute: [projectAttributeLabels.new.zh, projectAttributeLabels.continuing.zh],
  } satisfies Record<string, string[]>,
} as const;

export type TargetSheetForm = typeof targetSheetForm;
