import type { RuleSet } from '../ruleSet/ruleSet';
import { gradeLabels, type Grade } from '../scoring/grade';
import type { RecommendationAction, Recommendation } from './recommendation';
import type { ProjectLinkage } from './recommendProject';

export interface DepartmentLinkage {
  departmentId: string;
  /** From the department overall evaluation, when there is one (部门绩效与部门预算挂钩). */
  recommendation?: Recommendation;
  projects: number;
  /** How many of its projects got each action. */
  actions: Partial<Record<RecommendationAction, number>>;
  /** Totals over its projects, in fen. */
  cutFen: number;
  recoverFen: number;
  nextYearBaseFen: number;
}

/**
 * A department's picture (RULES.md §6: department performance feeds the department budget, project
 * performance the project budgets): the table row for its overall grade, plus its projects'
 * recommendations summed up. Totals are sums of exact fen.
 *
 * @example
 * recommendDepartment('d1', 'good', [recommendProject(p1, ruleSet), recommendProject(p2, ruleSet)], ruleSet).cutFen
 */
export const recommendDepartment = (
  departmentId: string,
  grade: Grade | undefined,
  projects: readonly ProjectLinkage[],
  ruleSet: RuleSet,
): DepartmentLinkage => {
  const actions: Partial<Record<RecommendationAction, number>> = {};
  for (const p of projects) for (const r of p.recommendations) actions[r.action] = (actions[r.action] ?? 0) + 1;
  const total = (pick: (p: ProjectLinkage) => number): number => projects.reduce((s, p) => s + pick(p), 0);
  let recommendation: Recommendation | undefined;
  if (grade) {
    const row = ruleSet.linkage.table[grade];
    const label = gradeLabels[grade];
    const cut = row.cutPercent > 0;
    recommendation = {
      action: row.action,
      ...(cut ? { percent: row.cutPercent } : {}),
      reason_zh: `部门整体评价等级为“${label.zh}”，${cut ? `下年度部门预算压减${row.cutPercent}%` : row.action === 'priority' ? '下年度部门预算优先保障' : '下年度部门预算保持规模'}`,
      reason_en: `Department graded ${label.en}: ${cut ? `cut next year's department budget by ${row.cutPercent}%` : row.action === 'priority' ? "priority for next year's department budget" : "keep next year's department budget"}`,
      rule: `linkage.table.${grade}`,
    };
  }
  return {
    departmentId,
    ...(recommendation ? { recommendation } : {}),
    projects: projects.length,
    actions,
    cutFen: total((p) => p.cutFen),
    recoverFen: total((p) => p.recoverFen),
    nextYearBaseFen: total((p) => p.nextYearBaseFen),
  };
};
