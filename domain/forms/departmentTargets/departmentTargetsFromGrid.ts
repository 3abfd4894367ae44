import type { CellValue } from '../../grid/grid';
import { cellAddress } from '../../grid/address';
import { DepartmentTargets, type KeyTask } from '../../model/departmentTargets';
import { problem, type Problem } from '../../problem';
import { wanYuanToFen } from '../../values/moneyText';
import { cellText } from '../../grid/cellText';
import { departmentTargetsCell } from './departmentTargetsCell';
import { departmentHeaderFields, departmentTargetsForm, keyTaskColumns, type DepartmentHeaderField } from './departmentTargetsLayout';
import { readIndicators } from '../targetSheet/targetSheetFromGrid';

export interface DepartmentTargetsReadResult {
  /** The typed form, present when the grid reads without errors (warnings may remain). */
  data?: DepartmentTargets;
  /** Every problem names its cell. */
  problems: Problem[];
  /** The 0-based sheet row of each indicator, for departmentTargetsCell and the checks. */
  indicatorRows: number[];
}

/**
 * Reads a 部门整体绩效目标申报表 grid back: header texts, amounts in 万元 to exact fen, the key task
 * rows (blank rows skipped) and the indicator grid with the target sheet's tolerant reader.
 *
 * @example
 * const { data, problems } = departmentTargetsFromGrid(grid.values, { departmentId: 'nt-edu', year: 2026 });
 */
export const departmentTargetsFromGrid = (values: CellValue[][], context: { departmentId: string; year: number }): DepartmentTargetsReadResult => {
  const form = departmentTargetsForm;
  const problems: Problem[] = [];
  const at = (row0: number, col0: number): CellValue | undefined => values[row0]?.[col0];
  const field = (path: DepartmentHeaderField['path']) => departmentHeaderFields.find((f) => f.path === path)!;
  const text = (path: DepartmentHeaderField['path']) => cellText(at(field(path).row0, 2));

  /** A blank amount is zero; anything else must be 万元 exact to the fen. */
  const money = (value: CellValue | undefined, cell: string, path: string): number => {
    if (cellText(value) === '') return 0;
    const result = wanYuanToFen(typeof value === 'number' ? value : cellText(value));
    if (result.ok) return result.fen;
    problems.push({ ...result.problem, cell, path });
    return 0;
  };
  const fund = (path: 'funding.incomeFen' | 'funding.expenditureFen' | 'funding.basicFen' | 'funding.projectFen') =>
    money(at(field(path).row0, 2), cellAddress(field(path).row0, 2), path);

  const tasks: KeyTask[] = [];
  for (let i = 0; i < form.maxTasks; i++) {
    const row0 = form.firstTaskRow0 + i;
    const [task, projects, budget] = keyTaskColumns.map((c) => at(row0, c.cols[0]));
    if ([task, projects, budget].every((v) => cellText(v) === '')) continue;
    const index = tasks.length;
    if (cellText(task) === '') {
      problems.push(problem('departmentTargets.taskNameMissing', '请填写任务名称', 'Enter the task', { cell: cellAddress(row0, 0), path: `tasks.${index}.task` }));
    }
    tasks.push({ task: cellText(task), projects: cellText(projects), budgetFen: money(budget, cellAddress(row0, keyTaskColumns[2]!.cols[0]), `tasks.${index}.budgetFen`) });
  }

  const { indicators, indicatorRows } = readIndicators(values, problems, form.firstIndicatorRow0);
  const candidate = {
    departmentId: context.departmentId,
    year: context.year,
    departmentName: text('departmentName'),
    functions: text('functions'),
    annualGoal: text('annualGoal'),
    funding: { incomeFen: fund('funding.incomeFen'), expenditureFen: fund('funding.expenditureFen'), basicFen: fund('funding.basicFen'), projectFen: fund('funding.projectFen') },
    tasks,
    indicators,
  };
  if (problems.some((p) => p.severity === 'error')) return { problems, indicatorRows };
  const parsed = DepartmentTargets.safeParse(candidate);
  if (parsed.success) return { data: parsed.data, problems, indicatorRows };
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    problems.push(problem('departmentTargets.invalid', '此格内容不符合要求，请检查', `This cell is not valid: ${issue.message}`, { cell: departmentTargetsCell(path, indicatorRows), path }));
  }
  return { problems, indicatorRows };
};
