import { cellAddress } from '../../grid/address';
import type { CellValue } from '../../grid/grid';
import { problem, type Problem } from '../../problem';
import { numberToDecimal, parseDecimal } from '../../values/decimal';
import { wanYuanToFen } from '../../values/moneyText';
import { selfEvaluationCell, selfEvaluationColumnIndex } from './selfEvaluationCell';
import { keepLockedFields } from './selfEvaluationLocked';
import { budgetCells, selfEvaluationForm } from './selfEvaluationLayout';
import { SelfEvaluationSheet } from './selfEvaluationSheet';

export interface SelfEvaluationReadResult {
  /** The filled sheet, present when the grid reads without errors. */
  data?: SelfEvaluationSheet;
  /** Every problem names its cell. */
  problems: Problem[];
}

const cellText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberToDecimal(value) ?? '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.trim();
};

const notApplicable = new Set<string>(selfEvaluationForm.notApplicableWords);

/**
 * Reads what the filer typed on a 项目支出绩效自评表 grid (全年预算数, 全年执行数, 实际完成情况 and each
 * indicator's 实际完成值, 分值, 定性得分, 偏差原因) over `stored`, the sheet it was rendered from: locked
 * cells (names, targets, 年初预算数) are taken from `stored`, never from the grid. Amounts are read
 * in 万元 to the exact fen; "不适用" marks an indicator not applicable.
 *
 * @example
 * const { data, problems } = selfEvaluationFromGrid(grid.values, stored);
 */
export const selfEvaluationFromGrid = (values: CellValue[][], stored: SelfEvaluationSheet): SelfEvaluationReadResult => {
  const problems: Problem[] = [];
  const at = (row0: number, col0: number): CellValue | undefined => values[row0]?.[col0];

  const readMoney = (key: 'adjustedFen' | 'executedFen'): number => {
    const column = budgetCells.columns.find((c) => c.key === key)!;
    const value = at(budgetCells.valueRow0, column.col0);
    const where = { cell: cellAddress(budgetCells.valueRow0, column.col0), path: `budget.${key}` };
    if (cellText(value) === '') {
      problems.push(problem('selfEvaluation.amountMissing', `请填写“${column.label.zh}”（万元）`, `Enter the ${column.label.en.toLowerCase()} (10,000 yuan)`, where));
      return 0;
    }
    const result = wanYuanToFen(typeof value === 'number' ? value : cellText(value));
    if (result.ok) return result.fen;
    problems.push({ ...result.problem, ...where });
    return 0;
  };

  const readDecimal = (row0: number, key: 'points' | 'score', index: number, label: { zh: string; en: string }): string | undefined => {
    const text = cellText(at(row0, selfEvaluationColumnIndex(key)));
    if (text === '') return undefined;
    const decimal = parseDecimal(text);
    if (decimal === undefined || decimal.startsWith('-')) {
      problems.push(
        problem(`selfEvaluation.${key}NotANumber`, `${label.zh}“${text}”应为不小于0的数字`, `${label.en} "${text}" must be a number not below 0`, {
          cell: cellAddress(row0, selfEvaluationColumnIndex(key)),
          path: `indicators.${index}.${key}`,
        }),
      );
      return undefined;
    }
    return decimal.replace(/^\./, '0.');
  };

  const adjustedFen = readMoney('adjustedFen');
  const executedFen = readMoney('executedFen');
  const actualCompletion = cellText(at(selfEvaluationForm.goalsRow0, selfEvaluationForm.goalCols.achieved[0]));

  const indicators = stored.indicators.map((locked, index) => {
    const row0 = selfEvaluationForm.firstIndicatorRow0 + index;
    const actualText = cellText(at(row0, selfEvaluationColumnIndex('actual')));
    const applicable = !notApplicable.has(actualText);
    const points = readDecimal(row0, 'points', index, { zh: '分值', en: 'Points' });
    const score = locked.operator === 'qualitative' ? readDecimal(row0, 'score', index, { zh: '得分', en: 'Score' }) : undefined;
    return {
      ...locked,
      actual: applicable ? actualText : '',
      applicable,
      ...(points === undefined ? {} : { points }),
      ...(score === undefined ? {} : { score }),
      deviation: cellText(at(row0, selfEvaluationColumnIndex('deviation'))),
    };
  });

  if (problems.some((p) => p.severity === 'error')) return { problems };
  const candidate = keepLockedFields({ ...stored, budget: { ...stored.budget, adjustedFen, executedFen }, actualCompletion, indicators }, stored);
  const parsed = SelfEvaluationSheet.safeParse(candidate);
  if (parsed.success) return { data: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const tooLong = issue.code === 'too_big' && 'maximum' in issue ? Number(issue.maximum) : undefined;
    problems.push(
      problem(
        'selfEvaluation.cellInvalid',
        tooLong !== undefined ? `内容过长，最多 ${tooLong} 个字符` : '此格内容不符合要求，请检查',
        tooLong !== undefined ? `Too long: at most ${tooLong} characters` : `This cell is not valid: ${issue.message}`,
        { path, ...(selfEvaluationCell(path) ? { cell: selfEvaluationCell(path)! } : {}) },
      ),
    );
  }
  return { problems };
};
