import type { Project } from '../model/project';
import type { SubmissionHead } from '../model/submission';
import { totalFen, type TargetSheet } from '../model/targetSheet';
import type { ConsolidationBatch } from './consolidationRow';
import { indicatorBase, rowBase } from './rowBase';

/**
 * The consolidated rows of one 绩效目标申报表: one project row and one row per indicator. The
 * project (when known) gives the budget type and flags; the sheet gives names and funding.
 *
 * @example
 * const { projects, indicators } = targetSheetRows(head, sheet, project, '南通市教育局');
 */
export const targetSheetRows = (
  head: SubmissionHead,
  sheet: TargetSheet,
  project: Project | undefined,
  departmentName: string,
): ConsolidationBatch => {
  const base = rowBase(head, 'targetSheet', project, departmentName || sheet.departmentName, sheet.projectName);
  return {
    projects: [
      {
        ...base,
        ...(project === undefined ? {} : { isMajor: project.isMajor }),
        isNew: sheet.isNew,
        amountFen: totalFen(sheet),
        fiscalFen: sheet.funding.fiscalFen,
        otherFen: sheet.funding.otherFen,
        indicatorCount: sheet.indicators.length,
        ...(head.comment === undefined ? {} : { comment: head.comment }),
      },
    ],
    indicators: sheet.indicators.map((indicator, i) => ({
      ...base,
      ...indicatorBase(indicator, i),
      ...(indicator.basis === undefined ? {} : { basis: indicator.basis }),
      ...(indicator.explanation === undefined ? {} : { explanation: indicator.explanation }),
    })),
  };
};
