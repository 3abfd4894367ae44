import type { ConsolidationColumn } from './consolidationColumn';
import { indicatorColumns, projectColumns } from './consolidationColumns';
import type { ConsolidationForm } from './consolidationForm';
import type { IndicatorRow, ProjectRow } from './consolidationRow';
import { evaluationColumns, type EvaluationProjectRow } from './evaluationRows';
import { recommendationColumns, type RecommendationProjectRow } from './recommendationRows';

/** The columns of a consolidated 项目 sheet and 指标 sheet. */
export interface FormColumns {
  projects: readonly ConsolidationColumn<ProjectRow>[];
  indicators: readonly ConsolidationColumn<IndicatorRow>[];
}

/**
 * Extra columns read a detail (`evaluation`, `linkage`) that only rows of their form carry; a row
 * without it (an older server, a mixed page) gets empty cells instead of a TypeError mid-pull.
 */
const whenPresent = <R extends ProjectRow>(columns: readonly ConsolidationColumn<R>[], detail: keyof R): ConsolidationColumn<ProjectRow>[] =>
  columns.map((column) => ({
    ...column,
    value: (row: ProjectRow) => ((row as Partial<R>)[detail] === undefined ? null : column.value(row as R)),
  }));

/**
 * The columns of a form's consolidation, in the add-in's pull and in exported files alike (docs/api.md "Routes: consolidation, exports, offline workbooks, disclosure"): every form has the project and indicator
 * columns; evaluations add their kind, part scores, evaluators and self-score gap
 * (evaluationColumns), recommendations their action, amounts, reasons and decision
 * (recommendationColumns), after the project columns as in docs/api.md.
 *
 * @example
 * formColumns('evaluation').projects.at(-1)?.key // 'gap'
 */
export const formColumns = (form: ConsolidationForm): FormColumns => {
  switch (form) {
    case 'evaluation':
      return { projects: [...projectColumns, ...whenPresent<EvaluationProjectRow>(evaluationColumns, 'evaluation')], indicators: indicatorColumns };
    case 'recommendation':
      return { projects: [...projectColumns, ...whenPresent<RecommendationProjectRow>(recommendationColumns, 'linkage')], indicators: indicatorColumns };
    default:
      return { projects: projectColumns, indicators: indicatorColumns };
  }
};
