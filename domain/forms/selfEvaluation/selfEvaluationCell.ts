import { cellAddress } from '../../grid/address';
import { budgetCells, selfEvaluationColumns, selfEvaluationForm, type SelfEvaluationColumn } from './selfEvaluationLayout';

/** The 0-based column of an indicator column. */
export const selfEvaluationColumnIndex = (key: SelfEvaluationColumn['key']): number => selfEvaluationColumns.findIndex((c) => c.key === key);

// Data paths (the sheet's and the scoring input's) that sit in an indicator column of another name.
const indicatorFieldColumns: Record<string, SelfEvaluationColumn['key']> = {
  operator: 'target',
  unit: 'target',
  applicable: 'actual',
  tier: 'actual',
  notApplicableReason: 'deviation',
};

const fixedCells: Record<string, string> = {
  projectName: cellAddress(selfEvaluationForm.projectRow0, 2),
  departmentName: cellAddress(selfEvaluationForm.departmentRow0, 2),
  unitName: cellAddress(selfEvaluationForm.departmentRow0, 5),
  annualGoal: cellAddress(selfEvaluationForm.goalsRow0, selfEvaluationForm.goalCols.expected[0]),
  actualCompletion: cellAddress(selfEvaluationForm.goalsRow0, selfEvaluationForm.goalCols.achieved[0]),
  total: cellAddress(selfEvaluationForm.totalRow0, 2),
  grade: cellAddress(selfEvaluationForm.totalRow0, 4),
  ...Object.fromEntries(budgetCells.columns.map((c) => [`budget.${c.key}`, cellAddress(budgetCells.valueRow0, c.col0)])),
  // The scoring input's `execution` (adjusted budget 0, over-budget execution): the 全年执行数 cell.
  execution: cellAddress(budgetCells.valueRow0, 4),
};

/**
 * Where a data path of a SelfEvaluationSheet (or of the scoring input built from it) lives on the
 * sheet, so scoring problems on JSON data name cells too. Undefined for paths with no cell.
 *
 * @example
 * selfEvaluationCell('budget.executedFen') // 'E6'
 * selfEvaluationCell('indicators.2.actual') // 'E16'
 */
export const selfEvaluationCell = (path: string): string | undefined => {
  const [head, index, field] = path.split('.');
  if (head === 'indicators') {
    const i = Number(index);
    if (index === undefined || !Number.isInteger(i) || i < 0) return undefined;
    const key = (indicatorFieldColumns[field ?? ''] ?? field ?? 'name') as SelfEvaluationColumn['key'];
    const col0 = selfEvaluationColumnIndex(key);
    return cellAddress(selfEvaluationForm.firstIndicatorRow0 + i, col0 < 0 ? selfEvaluationColumnIndex('name') : col0);
  }
  return fixedCells[path];
};

/**
 * The path → cell map the scoring functions take (`cells` of SelfEvaluationInput), for a sheet of
 * `indicatorCount` indicators.
 */
export const selfEvaluationCells = (indicatorCount: number): Record<string, string> => {
  const cells: Record<string, string> = { execution: fixedCells.execution! };
  for (let i = 0; i < indicatorCount; i++) {
    for (const field of ['operator', 'target', 'actual', 'points', 'score', 'notApplicableReason']) cells[`indicators.${i}.${field}`] = selfEvaluationCell(`indicators.${i}.${field}`)!;
  }
  return cells;
};
