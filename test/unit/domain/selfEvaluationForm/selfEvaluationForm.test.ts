import { describe, expect, it } from 'vitest';
import {
  keepLockedFields,
  selfEvaluationCell,
  selfEvaluationFromGrid,
  selfEvaluationFromTargetSheet,
  selfEvaluationScoringInput,
  selfEvaluationToGrid,
  type SelfEvaluationSheet,
} from '../../../../domain/forms/selfEvaluation/selfEvaluationForm';
import { parseAddress } from '../../../../domain/grid/address';
import type { CellValue, Grid } from '../../../../domain/grid/grid';
import type { TargetSheet } from '../../../../domain/model/targetSheet';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';
import { scoreSelfEvaluation } from '../../../../domain/scoring/scoreSelfEvaluation';

const approved: TargetSheet = {
  projectId: 'p1',
  year: 2026,
  projectName: '家庭经济困难学生资助',
  departmentName: '南通市教育局',
  unitName: '南通市学生资助管理中心',
  isNew: false,
  period: { from: 2024, to: 2026 },
  funding: { fiscalFen: 300_000_000, otherFen: 10_200_000 },
  overallGoal: '应助尽助',
  annualGoal: '资助 1.2 万人次',
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人数', operator: 'gte', target: '12000', unit: '人次' },
    { level1: 'output', level2: 'quality', name: '认定准确率', operator: 'eq', target: '100', unit: '%' },
    { level1: 'outcome', level2: 'social', name: '因贫辍学情况', operator: 'qualitative', target: '无因贫辍学', unit: '' },
    { level1: 'cost', level2: 'economicCost', name: '生均资助标准', operator: 'lte', target: '2500', unit: '元' },
    { level1: 'satisfaction', level2: 'satisfaction', name: '受助学生满意度', operator: 'gte', target: '90', unit: '%' },
  ],
};

const filled = (): SelfEvaluationSheet => {
  const sheet = selfEvaluationFromTargetSheet(approved, 6);
  return {
    ...sheet,
    budget: { ...sheet.budget, adjustedFen: 310_200_000, executedFen: 154_740_000 },
    actualCompletion: '资助 1.25 万人次',
    indicators: sheet.indicators.map((indicator, i) => ({
      ...indicator,
      actual: ['12500', '98', '达成年度指标', '2400', ''][i]!,
      applicable: i !== 4,
      ...(i === 2 ? { score: '14' } : {}),
      ...(i === 0 ? { points: '20' } : {}),
      deviation: i === 1 ? '个别认定材料滞后，已建立复核机制' : '',
    })),
  };
};

const valueAt = (grid: Grid, address: string): CellValue | undefined => {
  const position = parseAddress(address)!;
  return grid.values[position.row0]?.[position.col0];
};

const inInputs = (grid: Grid, address: string): boolean => {
  const { row0, col0 } = parseAddress(address)!;
  return grid.inputs.some(({ range }) => {
    const [from, to = from] = range.split(':');
    const a = parseAddress(from!)!;
    const b = parseAddress(to!)!;
    return row0 >= a.row0 && row0 <= b.row0 && col0 >= a.col0 && col0 <= b.col0;
  });
};

const setCell = (grid: Grid, address: string, value: CellValue): void => {
  const { row0, col0 } = parseAddress(address)!;
  grid.values[row0]![col0] = value;
};

describe('self-evaluation form (项目支出绩效自评表)', () => {
  it('is generated from the approved target sheet: names, 年初预算数, goal and targets copied', () => {
    const sheet = selfEvaluationFromTargetSheet(approved, 6);
    expect(sheet).toMatchObject({ projectId: 'p1', year: 2026, targetSheetVersion: 6, annualGoal: '资助 1.2 万人次' });
    expect(sheet.budget).toEqual({ initialFen: 310_200_000, adjustedFen: 310_200_000, executedFen: 0 });
    expect(sheet.indicators.map((i) => [i.name, i.operator, i.target, i.unit, i.actual, i.applicable])).toEqual(
      approved.indicators.map((i) => [i.name, i.operator, i.target, i.unit, '', true]),
    );
  });

  it('renders locked targets and input cells where the layout says', () => {
    const grid = selfEvaluationToGrid(filled());
    expect(valueAt(grid, 'C3')).toBe('家庭经济困难学生资助');
    expect(valueAt(grid, 'C6')).toBe(310.2);
    expect(valueAt(grid, 'D6')).toBe(310.2);
    expect(valueAt(grid, 'E6')).toBe(154.74);
    expect(valueAt(grid, 'C8')).toBe('资助 1.2 万人次');
    expect(grid.values[11]).toEqual(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    expect(grid.values[13]!.slice(0, 6)).toEqual(['产出指标', '数量指标', '资助人数', '≥12000人次', '12500', 20]);
    expect(valueAt(grid, 'D16')).toBe('无因贫辍学');
    expect(valueAt(grid, 'G16')).toBe(14);
    expect(valueAt(grid, 'E18')).toBe('不适用');
    // Targets, names and 年初预算数 are locked; actuals, points, scores, reasons and amounts are input.
    for (const locked of ['A14', 'C14', 'D14', 'C6', 'C3', 'C8', 'C9']) expect(inInputs(grid, locked)).toBe(false);
    for (const open of ['E14', 'F14', 'G16', 'H15', 'D6', 'E6', 'F8']) expect(inInputs(grid, open)).toBe(true);
    expect(grid.values.every((row) => row.length === 8)).toBe(true);
  });

  it('reads back what it wrote (round trip, amounts exact to the fen)', () => {
    const sheet = filled();
    const read = selfEvaluationFromGrid(selfEvaluationToGrid(sheet).values, sheet);
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(sheet);
  });

  it('reads what the filer typed and ignores edits to locked cells', () => {
    const stored = selfEvaluationFromTargetSheet(approved, 6);
    const grid = selfEvaluationToGrid(stored);
    setCell(grid, 'D6', '300.123456');
    setCell(grid, 'E6', 250);
    setCell(grid, 'D14', '≥1人次');
    setCell(grid, 'C3', '改过的名称');
    setCell(grid, 'E14', 11000);
    setCell(grid, 'F14', '２０');
    setCell(grid, 'E16', '部分达成');
    setCell(grid, 'G16', 9.5);
    setCell(grid, 'G14', 99);
    setCell(grid, 'E18', 'N/A');
    const { data, problems } = selfEvaluationFromGrid(grid.values, stored);
    expect(problems).toEqual([]);
    expect(data!.budget).toEqual({ initialFen: 310_200_000, adjustedFen: 300_123_456, executedFen: 250_000_000 });
    expect(data!.projectName).toBe('家庭经济困难学生资助');
    expect(data!.indicators[0]).toMatchObject({ target: '12000', actual: '11000', points: '20' });
    expect(data!.indicators[0]!.score).toBeUndefined();
    expect(data!.indicators[2]).toMatchObject({ actual: '部分达成', score: '9.5' });
    expect(data!.indicators[4]).toMatchObject({ applicable: false, actual: '' });
  });

  it('names the cell of every reading problem', () => {
    const stored = selfEvaluationFromTargetSheet(approved, 6);
    const grid = selfEvaluationToGrid(stored);
    setCell(grid, 'E6', '一百万');
    setCell(grid, 'D6', '1.0000001');
    setCell(grid, 'F15', '十分');
    setCell(grid, 'G16', -3);
    const { data, problems } = selfEvaluationFromGrid(grid.values, stored);
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.cell, p.code])).toEqual([
      ['D6', 'money.tooPrecise'],
      ['E6', 'money.notANumber'],
      ['F15', 'selfEvaluation.pointsNotANumber'],
      ['G16', 'selfEvaluation.scoreNotANumber'],
    ]);
  });

  it('gives scoring problems the cell they are about', () => {
    const sheet = filled();
    sheet.indicators[0] = { ...sheet.indicators[0]!, actual: '' };
    sheet.indicators[2] = { ...sheet.indicators[2]!, score: '19' };
    const result = scoreSelfEvaluation(selfEvaluationScoringInput(sheet), defaultRuleSet('nantong', 2026));
    const cells = Object.fromEntries(result.problems.map((p) => [p.code, p.cell]));
    expect(cells['selfEvaluation.actualMissing']).toBe('E14');
    expect(cells['selfEvaluation.qualitativeOutOfTier']).toBe('G16');
    expect(selfEvaluationCell('budget.executedFen')).toBe('E6');
    expect(selfEvaluationCell('indicators.3.operator')).toBe('D17');
  });

  it('scores with the same domain code and shows the result on the sheet', () => {
    const sheet = filled();
    const result = scoreSelfEvaluation(selfEvaluationScoringInput(sheet), defaultRuleSet('nantong', 2026));
    // Execution 154.74 / 310.2 → 4.99 (RULES.md §2).
    expect(result.execution).toEqual({ rate: 0.4988, points: 10, score: 4.99 });
    const grid = selfEvaluationToGrid(sheet, result);
    expect(valueAt(grid, 'F6')).toBe(10);
    expect(valueAt(grid, 'H6')).toBe(4.99);
    expect(valueAt(grid, 'C9')).toBe(result.total);
    expect(valueAt(grid, 'G14')).toBe(result.indicators[0]!.score);
  });

  it('keeps locked fields whatever the client sends', () => {
    const stored = filled();
    const tampered: SelfEvaluationSheet = {
      ...stored,
      projectName: 'x',
      budget: { ...stored.budget, initialFen: 1 },
      indicators: stored.indicators.map((i) => ({ ...i, target: '1', operator: 'lte' as const })),
    };
    const kept = keepLockedFields(tampered, stored);
    expect(kept.projectName).toBe(stored.projectName);
    expect(kept.budget.initialFen).toBe(stored.budget.initialFen);
    expect(kept.indicators.map((i) => [i.operator, i.target])).toEqual(stored.indicators.map((i) => [i.operator, i.target]));
  });
});
