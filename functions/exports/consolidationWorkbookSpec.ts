import type { ConsolidationColumn } from '../../domain/consolidation/consolidationColumn';
import type { ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import type { IndicatorRow, ProjectRow } from '../../domain/consolidation/consolidationRow';
import { consolidationSheetNames } from '../../domain/consolidation/consolidationSheets';
import { formColumns } from '../../domain/consolidation/formColumns';
import { disclosureIndicatorColumns, disclosureProjectColumns, isDisclosed } from '../../domain/consolidation/disclosureColumns';

/** What goes into a consolidated file: sheet names, the columns, and which subjects are included. */
export interface ConsolidationWorkbookSpec {
  sheetNames: { summary: string; projects: string; indicators: string };
  projectColumns: readonly ConsolidationColumn<ProjectRow>[];
  indicatorColumns: readonly ConsolidationColumn<IndicatorRow>[];
  /** Subjects left out (with their indicators) return false. */
  includes: (row: Pick<ProjectRow, 'status'>) => boolean;
}

/** Every column, every subject in the request: the finance bureau's consolidated workbook. */
export const consolidationSpec = (form: ConsolidationForm): ConsolidationWorkbookSpec => {
  const columns = formColumns(form);
  return { sheetNames: consolidationSheetNames(form), projectColumns: columns.projects, indicatorColumns: columns.indicators, includes: () => true };
};

/** 信息公开: public columns only, approved subjects only. */
export const disclosureSpec = (form: ConsolidationForm): ConsolidationWorkbookSpec => ({
  sheetNames: { summary: '公开-汇总', projects: '公开-项目', indicators: form === 'targetSheet' ? '公开-绩效目标' : '公开-指标' },
  projectColumns: disclosureProjectColumns,
  indicatorColumns: disclosureIndicatorColumns,
  includes: isDisclosed,
});
