import { rangeAddress } from '../../domain/grid/address';
import type { CellValue } from '../../domain/grid/grid';
import {
  budgetCells,
  selfEvaluationColumns,
  selfEvaluationForm,
  selfEvaluationToGrid,
  type SelfEvaluationSheet,
  type ShownSelfEvaluationScore,
} from '../../domain/forms/selfEvaluation/selfEvaluationForm';
import type { CellBlock } from '../excel/excelHost';

const scoreCol0 = selfEvaluationColumns.findIndex((c) => c.key === 'score');
const executionCols0 = budgetCells.columns.filter((c) => !c.input && c.key.startsWith('execution')).map((c) => c.col0);
// C9 total, E9 grade, F9 the rule set (the top-left cell of its merged F9:H9).
const totalCols0 = [2, 4, 5];

/**
 * The computed cells of 项目支出绩效自评表 with a score in them: execution points, rate and score
 * (F6:H6), total (C9), grade (E9), the rule set it was computed with (F9), and the 得分 cell of each
 * quantitative indicator, in runs (a 定性 row's score is the filer's and is never written). Values are
 * taken from selfEvaluationToGrid, so the live score reads exactly like the server's rendering;
 * without a score the cells are cleared ("").
 *
 * @example
 * await host.writeBlocks(sheetName, selfEvaluationScoreBlocks(data, scoreSelfEvaluation(input, ruleSet)));
 */
export function selfEvaluationScoreBlocks(sheet: SelfEvaluationSheet, score: ShownSelfEvaluationScore | undefined): CellBlock[] {
  const { values } = selfEvaluationToGrid(sheet, score);
  const at = (row0: number, col0: number): CellValue => values[row0]?.[col0] ?? '';
  const row = (row0: number, cols0: number[]): CellBlock => ({
    address: rangeAddress(row0, cols0[0]!, row0, cols0[cols0.length - 1]!),
    values: [cols0.map((col0) => at(row0, col0))],
  });
  const blocks: CellBlock[] = [
    row(budgetCells.valueRow0, executionCols0),
    ...totalCols0.map((col0) => row(selfEvaluationForm.totalRow0, [col0])),
  ];

  let start: number | undefined;
  const first = selfEvaluationForm.firstIndicatorRow0;
  sheet.indicators.forEach((indicator, i) => {
    const computed = indicator.operator !== 'qualitative';
    if (computed && start === undefined) start = i;
    const runEnds = start !== undefined && (!computed || i === sheet.indicators.length - 1);
    if (!runEnds) return;
    const end = computed ? i : i - 1;
    blocks.push({
      address: rangeAddress(first + start!, scoreCol0, first + end, scoreCol0),
      values: Array.from({ length: end - start! + 1 }, (_, k) => [at(first + start! + k, scoreCol0)]),
    });
    start = undefined;
  });
  return blocks;
}
