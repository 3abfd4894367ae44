import type { Bilingual } from '../../model/bilingual';

/**
 * The form spec of 项目支出绩效自评表 (RULES.md §2; the table of 财预〔2020〕10号) as plain data, served
 * by GET /v1/forms/selfEvaluation. Eight columns A–H; rows (1-based as on the sheet):
 * 1 title · 2 year · 3 project · 4 department and unit · 5–6 budget block (万元) · 7–8 goals and
 * actual completion · 9 total and grade · 10 indicator heading · 11 filling note · 12 zh headers ·
 * 13 en headers · 14… one indicator per row, as many as the approved target sheet has (locked count).
 */
export interface SelfEvaluationColumn {
  key: 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'points' | 'score' | 'deviation';
  label: Bilingual;
  width: number;
  /** Editable by the filer; the targets copied from the approved target sheet are locked. */
  input: boolean;
}

export const selfEvaluationColumns: SelfEvaluationColumn[] = [
  { key: 'level1', label: { zh: '一级指标', en: 'Level-1' }, width: 12, input: false },
  { key: 'level2', label: { zh: '二级指标', en: 'Level-2' }, width: 14, input: false },
  { key: 'name', label: { zh: '三级指标', en: 'Level-3 indicator' }, width: 28, input: false },
  { key: 'target', label: { zh: '指标值', en: 'Target value' }, width: 16, input: false },
  { key: 'actual', label: { zh: '实际完成值', en: 'Actual value' }, width: 16, input: true },
  { key: 'points', label: { zh: '分值', en: 'Points' }, width: 8, input: true },
  // Input for 定性 rows (the filer picks the score within the tier); computed for the others.
  { key: 'score', label: { zh: '得分', en: 'Score' }, width: 8, input: true },
  { key: 'deviation', label: { zh: '偏差原因分析及改进措施', en: 'Causes of deviation and improvements' }, width: 36, input: true },
];

/** Budget block cells (0-based row 5 = sheet row 6), columns C–H. */
export const budgetCells = {
  headerRow0: 4,
  valueRow0: 5,
  label: { zh: '项目资金（万元）', en: 'Funding (10,000 yuan)' },
  valueLabel: { zh: '年度资金总额', en: 'Annual funding' },
  columns: [
    { key: 'initialFen', col0: 2, label: { zh: '年初预算数', en: 'Initial budget' }, input: false },
    { key: 'adjustedFen', col0: 3, label: { zh: '全年预算数', en: 'Adjusted budget' }, input: true },
    { key: 'executedFen', col0: 4, label: { zh: '全年执行数', en: 'Executed' }, input: true },
    { key: 'executionPoints', col0: 5, label: { zh: '分值', en: 'Points' }, input: false },
    { key: 'executionRate', col0: 6, label: { zh: '执行率', en: 'Execution rate' }, input: false },
    { key: 'executionScore', col0: 7, label: { zh: '得分', en: 'Score' }, input: false },
  ],
} as const;

/** The words that mark an indicator 不适用 in the 实际完成值 cell. */
export const notApplicableWords = ['不适用', 'N/A', 'n/a', 'NA'] as const;

/** Everything about the sheet that is not a column: name, title, fixed rows and their labels. */
export const selfEvaluationForm = {
  id: 'selfEvaluation',
  /** Worksheet name, within Excel's 31 characters. */
  sheetName: '项目支出绩效自评表',
  title: { zh: '项目支出绩效自评表', en: 'Project Expenditure Performance Self-evaluation' },
  titleRow0: 0,
  subtitleRow0: 1,
  projectRow0: 2,
  departmentRow0: 3,
  labels: {
    projectName: { zh: '项目名称', en: 'Project name' },
    departmentName: { zh: '主管部门', en: 'Supervising department' },
    unitName: { zh: '实施单位', en: 'Implementing unit' },
    goals: { zh: '年度总体目标', en: 'Annual goals' },
    expected: { zh: '预期目标', en: 'Expected' },
    achieved: { zh: '实际完成情况', en: 'Actual completion' },
    annualGoal: { zh: '年度目标', en: 'Annual goal' },
    total: { zh: '总分', en: 'Total' },
    grade: { zh: '自评等级', en: 'Grade' },
  },
  budget: budgetCells,
  goalsHeaderRow0: 6,
  goalsRow0: 7,
  /** C–E: the approved 年度目标 (locked); F–H: 实际完成情况 (input). */
  goalCols: { expected: [2, 4], achieved: [5, 7] },
  totalRow0: 8,
  indicatorSection: { row0: 9, label: { zh: '绩效指标', en: 'Performance indicators' } },
  fillingNote: {
    row0: 10,
    label: {
      zh: '填写说明：指标值来自已批复的绩效目标，不可修改；实际完成值填数字（可带单位）或定性档次（达成年度指标/部分达成并具有一定效果/未达成且效果较差），不适用的指标填“不适用”；定性指标在“得分”列按档次填分，定量指标的得分自动计算。',
      en: 'How to fill: targets come from the approved target sheet and are locked; enter the actual value as a number (a unit may follow) or, for qualitative indicators, the tier, and type 不适用 for an indicator that does not apply; qualitative indicators take a score within their tier, quantitative ones are scored automatically.',
    },
  },
  headerRowZh0: 11,
  headerRowEn0: 12,
  firstIndicatorRow0: 13,
  maxIndicators: 500,
  columns: selfEvaluationColumns,
  notApplicableWords,
} as const;

export type SelfEvaluationForm = typeof selfEvaluationForm;
