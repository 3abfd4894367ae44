import type { ConsolidationColumn } from '../../domain/consolidation/consolidationColumn';
import { indicatorColumns, projectColumns } from '../../domain/consolidation/consolidationColumns';
import type { ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import type { IndicatorRow, ProjectRow } from '../../domain/consolidation/consolidationRow';
import { evaluationColumns, type EvaluationProjectRow } from '../../domain/consolidation/evaluationRows';
import { recommendationColumns, type RecommendationProjectRow } from '../../domain/consolidation/recommendationRows';

/** The columns of a pulled 项目 sheet and 指标 sheet. */
export interface PullColumns {
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
 * The columns a pull writes for a form (issue #5 §1): every form has the project and indicator
 * columns; evaluations add their kind, part scores, evaluators and self-score gap
 * (evaluationColumns), recommendations their action, amounts, reasons and decision
 * (recommendationColumns), after the project columns as in docs/api.md.
 *
 * @example
 * pullColumns('evaluation').projects.at(-1)?.key // 'gap'
 */
export const pullColumns = (form: ConsolidationForm): PullColumns => {
  switch (form) {
    case 'evaluation':
      return { projects: [...projectColumns, ...whenPresent<EvaluationProjectRow>(evaluationColumns, 'evaluation')], indicators: indicatorColumns };
    case 'recommendation':
      return { projects: [...projectColumns, ...whenPresent<RecommendationProjectRow>(recommendationColumns, 'linkage')], indicators: indicatorColumns };
    default:
      return { projects: projectColumns, indicators: indicatorColumns };
  }
};
