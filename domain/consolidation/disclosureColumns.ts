import type { ConsolidationColumn } from './consolidationColumn';
import { indicatorColumns, projectColumns } from './consolidationColumns';
import type { IndicatorRow, ProjectRow } from './consolidationRow';

/**
 * 信息公开 (docs/api.md, disclosure): what is published with the budget and final accounts: the approved key
 * performance targets and evaluation results, without internal comments or personal data (who
 * approved, review comments) and without workflow internals (status, version, submission ids).
 */
const publicKeys = {
  project: ['departmentName', 'subjectName', 'budgetType', 'amount', 'fiscal', 'other', 'indicatorCount', 'score', 'grade'],
  indicator: ['departmentName', 'subjectName', 'budgetType', 'index', 'level1', 'level2', 'name', 'operator', 'target', 'unit', 'actual', 'score'],
} as const;

const pick = <R>(columns: readonly ConsolidationColumn<R>[], keys: readonly string[]): ConsolidationColumn<R>[] =>
  keys.map((key) => {
    const column = columns.find((candidate) => candidate.key === key);
    if (!column || column.internal) throw new Error(`disclosure column ${key} is missing or internal`);
    return column;
  });

export const disclosureProjectColumns: ConsolidationColumn<ProjectRow>[] = pick(projectColumns, publicKeys.project);
export const disclosureIndicatorColumns: ConsolidationColumn<IndicatorRow>[] = pick(indicatorColumns, publicKeys.indicator);

/** Only approved (批复) targets and results are published. */
export const isDisclosed = (row: Pick<ProjectRow, 'status'>): boolean => row.status === 'approved';
