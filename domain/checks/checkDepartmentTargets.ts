import { departmentIndicatorRows, departmentTargetsCell } from '../forms/departmentTargets/departmentTargetsCell';
import type { DepartmentTargets } from '../model/departmentTargets';
import { problem, type Problem } from '../problem';
import { fenToWanYuanExact } from '../values/moneyText';
import { checkTargetSheet } from './checkTargetSheet';
import type { TargetSheetCheckOptions } from './targetSheetCheckOptions';

/**
 * The checks of a 部门整体绩效目标申报表 (RULES.md §3), each naming its cell: functions and goal filled,
 * 基本支出 + 项目支出 = 支出预算合计, at least one key task, and the indicator checks of the project target
 * sheet (RULES.md §1: at least 3 indicators, output/outcome/cost present, quantitative ones with a
 * number and a unit), run by checkTargetSheet itself on the same indicator columns.
 *
 * @example
 * const errors = checkDepartmentTargets(data).filter((p) => p.severity === 'error');
 */
export const checkDepartmentTargets = (
  data: DepartmentTargets,
  options: Partial<Omit<TargetSheetCheckOptions, 'projectAmountFen'>> = {},
): Problem[] => {
  const problems: Problem[] = [];
  const add = (code: string, zh: string, en: string, path: string, severity: Problem['severity'] = 'error') =>
    problems.push(problem(`departmentTargets.${code}`, zh, en, { cell: departmentTargetsCell(path, options.indicatorRows), path }, severity));

  if (data.functions.trim() === '') add('functionsMissing', '请填写部门职能概述', 'Describe the department’s functions', 'functions');
  if (data.annualGoal.trim() === '') add('goalMissing', `请填写 ${data.year} 年度总体目标`, `Enter the overall goal for ${data.year}`, 'annualGoal');

  const { incomeFen, expenditureFen, basicFen, projectFen } = data.funding;
  if (expenditureFen === 0) {
    add('fundingMissing', '支出预算合计为 0，请填写部门预算（万元）', 'The expenditure total is 0; enter the department budget (10,000 yuan)', 'funding.expenditureFen');
  } else if (basicFen + projectFen !== expenditureFen) {
    const [b, p, e] = [basicFen, projectFen, expenditureFen].map(fenToWanYuanExact);
    add('fundingPartsMismatch', `基本支出 ${b} 万元 + 项目支出 ${p} 万元 ≠ 支出预算合计 ${e} 万元，请调整`, `Basic (${b}) + project (${p}) expenditure ≠ the expenditure total (${e}, 10,000 yuan); adjust them`, 'funding.basicFen');
  }
  // A department budget balances revenue and expenditure (收支平衡); a gap is worth a look, not a refusal.
  if (incomeFen !== expenditureFen) {
    add('incomeExpenditureDiffer', `收入预算合计 ${fenToWanYuanExact(incomeFen)} 万元与支出预算合计 ${fenToWanYuanExact(expenditureFen)} 万元不相等，请核对`, `Revenue (${fenToWanYuanExact(incomeFen)}) and expenditure (${fenToWanYuanExact(expenditureFen)}) totals differ; check them`, 'funding.incomeFen', 'warning');
  }

  if (data.tasks.length === 0) add('noTask', '请至少填写一项年度重点工作任务', 'Enter at least one key task of the year', 'tasks.0.task');

  // The target sheet's indicator checks, on this form's rows; its header checks do not apply here.
  const rows = options.indicatorRows ?? departmentIndicatorRows(data.indicators.length);
  const asSheet = {
    projectId: data.departmentId, year: data.year, projectName: data.departmentName, departmentName: data.departmentName, unitName: '',
    isNew: false, period: { from: data.year - 1, to: data.year }, funding: { fiscalFen: 1, otherFen: 0 }, overallGoal: '-', annualGoal: '-',
    indicators: data.indicators,
  };
  const indicatorProblems = checkTargetSheet(asSheet, { ...options, indicatorRows: rows, projectAmountFen: undefined })
    .filter((p) => p.path?.startsWith('indicators'));
  return [...problems, ...indicatorProblems];
};
