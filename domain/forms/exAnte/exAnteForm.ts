import type { Bilingual } from '../../model/bilingual';
import { assessorLabels, assessors } from '../../exAnte/assessor';
import { checklistAnswerLabels, checklistLabels, projectCategories } from '../../exAnte/checklist';
import { conclusionLabels, conclusions } from '../../exAnte/conclusion';
import type { ExAnteDimension, ExAnteSubject } from '../../exAnte/dimension';

/**
 * The form spec of 事前绩效评估表 (RULES.md §4) as plain data: fixed rows, the assessor columns and
 * the review points (审核要点) under each dimension, worded for projects or for policies.
 * exAnteToGrid renders it; exAnteCell maps a data path to its cell so that problems name cells.
 *
 * Layout (A1 rows): 1 title · 2 year · 3 subject · 4 department and amount · 5 category and kind ·
 * 6 outline (政策内容 / 项目概况) · 7 score heading · 8–9 assessor headers (kind, then name) ·
 * 10–14 the five dimensions · 15 totals · 16 comments · 17 conclusion heading · 18 score and
 * conclusion · 19 revision · 20 checklist heading · 21 checklist header · 22… one checklist item a row.
 * Columns: A dimension, B points, C review points, D… one per assessor.
 */

/** Review points under each dimension (the sub-items an assessor looks at), for projects and for policies. */
export const exAnteSubItems: Record<ExAnteDimension, Record<ExAnteSubject, Bilingual[]>> = {
  necessity: {
    project: [
      { zh: '立项依据充分', en: 'Sound grounds for the project' },
      { zh: '与部门职能和发展规划相符', en: 'Fits the department’s duties and plans' },
      { zh: '现实需求迫切', en: 'Real and pressing need' },
      { zh: '属于公共财政支持范围', en: 'Within the scope of public finance' },
    ],
    policy: [
      { zh: '政策依据充分', en: 'Sound grounds for the policy' },
      { zh: '符合经济社会发展需要', en: 'Meets economic and social needs' },
      { zh: '政府介入必要', en: 'Government action is needed' },
      { zh: '与现行政策不交叉重复', en: 'Does not overlap existing policies' },
    ],
  },
  economy: {
    project: [
      { zh: '投入成本测算合理', en: 'Costs estimated soundly' },
      { zh: '资金规模与产出相匹配', en: 'Funding matches the outputs' },
      { zh: '已比较更经济的替代方案', en: 'Cheaper alternatives considered' },
    ],
    policy: [
      { zh: '资金、人员和制度保障充分', en: 'Money, staff and rules in place' },
      { zh: '与财政承受能力相适应', en: 'Within fiscal capacity' },
      { zh: '与其他资金统筹安排', en: 'Coordinated with other funds' },
    ],
  },
  targetSoundness: {
    project: [
      { zh: '绩效目标明确具体', en: 'Targets clear and specific' },
      { zh: '绩效指标细化量化', en: 'Indicators detailed and measurable' },
      { zh: '目标值合理可行', en: 'Target values realistic' },
    ],
    policy: [
      { zh: '政策目标明确', en: 'Policy goals clear' },
      { zh: '目标与政策内容相关', en: 'Goals follow from the policy' },
      { zh: '绩效指标可衡量', en: 'Indicators measurable' },
    ],
  },
  feasibility: {
    project: [
      { zh: '实施方案完整', en: 'Complete implementation plan' },
      { zh: '组织管理和进度安排可行', en: 'Workable organisation and schedule' },
      { zh: '风险可控', en: 'Risks under control' },
    ],
    policy: [
      { zh: '实施路径清晰', en: 'Clear path of implementation' },
      { zh: '可持续实施', en: 'Can be sustained' },
      { zh: '有评估调整和退出机制', en: 'Review, adjustment and exit in place' },
    ],
  },
  financingCompliance: {
    project: [
      { zh: '资金来源合法合规', en: 'Lawful sources of funding' },
      { zh: '筹资方式符合规定', en: 'Financing follows the rules' },
      { zh: '不新增政府隐性债务', en: 'No new hidden government debt' },
    ],
    policy: [
      { zh: '资金来源和补助方式合规', en: 'Lawful funding and subsidy method' },
      { zh: '各级分担机制合理', en: 'Fair sharing between levels' },
      { zh: '不新增政府隐性债务', en: 'No new hidden government debt' },
    ],
  },
};

export const exAnteForm = {
  id: 'exAnteAssessment',
  /** Worksheet name, within Excel's 31 characters. */
  sheetName: '事前绩效评估表',
  title: { zh: '事前绩效评估表', en: 'Ex-ante Performance Assessment' },
  titleRow0: 0,
  subtitleRow0: 1,
  subjectRow0: 2,
  departmentRow0: 3,
  categoryRow0: 4,
  outlineRow0: 5,
  scoreSection: { row0: 6, label: { zh: '评估得分（各维度得分不超过分值）', en: 'Scores (no score above its points)' } },
  assessorKindRow0: 7,
  assessorNameRow0: 8,
  firstDimensionRow0: 9,
  totalRow0: 14,
  commentRow0: 15,
  conclusionSection: { row0: 16, label: { zh: '评估结论', en: 'Conclusion' } },
  resultRow0: 17,
  revisionRow0: 18,
  checklistSection: { row0: 19, label: { zh: '审核要点清单', en: 'Checklists' } },
  checklistHeaderRow0: 20,
  firstChecklistRow0: 21,
  /** Columns A–C are labels; assessors start at D, at least four columns are shown. */
  firstAssessorCol0: 3,
  minAssessorColumns: 4,
  /** ExAnteAssessment.assessors holds at most 50. */
  maxAssessors: 50,
  fixedColumns: [
    { label: { zh: '评估维度', en: 'Dimension' }, width: 18 },
    { label: { zh: '分值', en: 'Points' }, width: 7 },
    { label: { zh: '审核要点', en: 'Review points' }, width: 44 },
  ],
  assessorColumnWidth: 14,
  labels: {
    subject: { project: { zh: '项目名称', en: 'Project' }, policy: { zh: '政策名称', en: 'Policy' } },
    outline: { project: { zh: '项目概况', en: 'Project outline' }, policy: { zh: '政策内容', en: 'Policy wording' } },
    department: { zh: '主管部门', en: 'Department' },
    amount: { zh: '年度资金（万元）', en: 'Annual amount (10,000 yuan)' },
    category: { zh: '项目类别', en: 'Category' },
    kind: { zh: '评估对象', en: 'Assessed' },
    assessorKind: { zh: '评估主体', en: 'Assessor' },
    assessorName: { zh: '评估人', en: 'Name' },
    total: { zh: '合计', en: 'Total' },
    comment: { zh: '评估意见', en: 'Comment' },
    score: { zh: '综合得分', en: 'Score' },
    conclusion: { zh: '评估结论', en: 'Conclusion' },
    revision: { zh: '完善情况', en: 'Revision' },
    checklist: { zh: '清单', en: 'Checklist' },
    item: { zh: '审核要点', en: 'Item' },
    answer: { zh: '审核结论', en: 'Answer' },
  },
  subjectKinds: { project: { zh: '项目', en: 'Project' }, policy: { zh: '政策', en: 'Policy' } },
  lists: {
    assessor: assessors.map((a) => assessorLabels[a].zh),
    category: projectCategories.map((c) => checklistLabels[c].zh),
    answer: (['met', 'notMet', 'notApplicable'] as const).map((a) => checklistAnswerLabels[a].zh),
    conclusion: conclusions.map((c) => conclusionLabels[c].zh),
  } satisfies Record<string, string[]>,
} as const;

export type ExAnteForm = typeof exAnteForm;
