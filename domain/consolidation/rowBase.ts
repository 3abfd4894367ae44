import type { Indicator } from '../model/indicator';
import type { Project } from '../model/project';
import type { SubmissionHead } from '../model/submission';
import type { ConsolidationForm } from './consolidationForm';
import type { ConsolidationOwner, ConsolidationTrace, IndicatorRow } from './consolidationRow';

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
 * What every row of one submission starts with, project row and indicator rows alike: the trace,
 * the owner, the form and (when the project is known) its budget type.
 *
 * @example
 * const base = rowBase(head, 'targetSheet', project, '南通市教育局', sheet.projectName);
 */
export const rowBase = (
  head: SubmissionHead,
  form: ConsolidationForm,
  project: Project | undefined,
  departmentName: string,
  subjectName: string,
): ConsolidationTrace & ConsolidationOwner & Pick<IndicatorRow, 'form' | 'budgetType'> => ({
  ...traceOf(head),
  departmentId: head.departmentId,
  departmentName,
  subjectType: head.subjectType,
  subjectId: head.subjectId,
  subjectName,
  form,
  ...(project === undefined ? {} : { budgetType: project.budgetType }),
});

/** The columns every form's indicator row has: its place on the form and what it states. */
export const indicatorBase = (
  indicator: Pick<Indicator, 'level1' | 'level2' | 'name' | 'operator' | 'target' | 'unit'>,
  i: number,
): Pick<IndicatorRow, 'index' | 'level1' | 'level2' | 'name' | 'operator' | 'target' | 'unit'> => ({
  index: i + 1,
  level1: indicator.level1,
  level2: indicator.level2,
  name: indicator.name,
  operator: indicator.operator,
  target: indicator.target,
  unit: indicator.unit,
});
