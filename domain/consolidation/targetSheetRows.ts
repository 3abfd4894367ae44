import type { Project } from '../model/project';
import type { SubmissionHead } from '../model/submission';
import { totalFen, type TargetSheet } from '../model/targetSheet';
import type { ConsolidationBatch, ConsolidationTrace } from './consolidationRow';

/** The trace of a head: submission, version, status and approval. */
export const traceOf = (head: SubmissionHead): ConsolidationTrace => ({
  submissionId: head.id,
  version: head.version,
  status: head.status,
  updatedAt: head.updatedAt,
  ...(head.approvedBy === undefined ? {} : { approvedBy: head.approvedBy }),
  ...(head.approvedAt === undefined ? {} : { approvedAt: head.approvedAt }),
});

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
  const owner = {
    departmentId: head.departmentId,
    departmentName: departmentName || sheet.departmentName,
    subjectType: head.subjectType,
    subjectId: head.subjectId,
    subjectName: sheet.projectName,
  };
  const trace = traceOf(head);
  const budgetType = project?.budgetType;
  return {
    projects: [
      {
        ...trace,
        ...owner,
        form: 'targetSheet',
        ...(budgetType === undefined ? {} : { budgetType }),
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
      ...trace,
      ...owner,
      form: 'targetSheet' as const,
      ...(budgetType === undefined ? {} : { budgetType }),
      index: i + 1,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      operator: indicator.operator,
      target: indicator.target,
      unit: indicator.unit,
      ...(indicator.basis === undefined ? {} : { basis: indicator.basis }),
      ...(indicator.explanation === undefined ? {} : { explanation: indicator.explanation }),
    })),
  };
};
