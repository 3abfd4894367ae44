import type { SelfEvaluationSheet } from '../forms/selfEvaluation/selfEvaluationSheet';
import type { Project } from '../model/project';
import type { SubmissionHead } from '../model/submission';
import { numberToDecimal } from '../values/decimal';
import type { ConsolidationBatch } from './consolidationRow';
import { indicatorBase, rowBase } from './rowBase';

// Stored scores are already rounded by the rule set (2 decimals by default); shown as written.
const scoreText = (score: number | null | undefined): string | undefined => (score === null || score === undefined ? undefined : numberToDecimal(score));

/**
 * The consolidated rows of one 项目支出绩效自评表 (RULES.md §2): the project with its total score and
 * grade (once computed at submit), and each indicator with its actual value and score.
 *
 * @example
 * const { projects, indicators } = selfEvaluationRows(head, sheet, project, '南通市教育局');
 */
export const selfEvaluationRows = (
  head: SubmissionHead,
  sheet: SelfEvaluationSheet,
  project: Project | undefined,
  departmentName: string,
): ConsolidationBatch => {
  const base = rowBase(head, 'selfEvaluation', project, departmentName || sheet.departmentName, sheet.projectName);
  const total = scoreText(sheet.result?.total);
  return {
    projects: [
      {
        ...base,
        ...(project === undefined ? {} : { isMajor: project.isMajor, isNew: project.isNew }),
        amountFen: sheet.budget.adjustedFen,
        indicatorCount: sheet.indicators.length,
        ...(total === undefined ? {} : { score: total }),
        ...(sheet.result ? { grade: sheet.result.grade } : {}),
        ...(head.comment === undefined ? {} : { comment: head.comment }),
      },
    ],
    indicators: sheet.indicators.map((indicator, i) => {
      const score = scoreText(sheet.result?.indicators[i]?.score);
      return {
        ...base,
        ...indicatorBase(indicator, i),
        actual: indicator.actual,
        ...(score === undefined ? {} : { score }),
      };
    }),
  };
};
