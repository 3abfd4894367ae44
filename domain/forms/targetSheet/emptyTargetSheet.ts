import type { Project } from '../../model/project';
import type { TargetSheet } from '../../model/targetSheet';

/**
 * A new, empty 绩效目标申报表 for a project: names, 项目属性, 项目期 and the year come from the
 * project; the year's planned amount is prefilled as 财政拨款 (the filer moves any part that is
 * 其他资金); goals and indicators are left for the filer.
 *
 * @example
 * emptyTargetSheet(project, '市教育局', '市第一中学')
 */
export const emptyTargetSheet = (project: Project, departmentName: string, unitName: string): TargetSheet => ({
  projectId: project.id,
  year: project.year,
  projectName: project.name_zh,
  departmentName,
  unitName,
  isNew: project.isNew,
  period: { from: project.period.from, to: project.period.to },
  funding: { fiscalFen: project.amountFen, otherFen: 0 },
  overallGoal: '',
  annualGoal: '',
  indicators: [],
});
