import { describe, expect, it } from 'vitest';
import { cellAddress, parseAddress } from '../../../../domain/grid/address';
import type { CellValue, Grid } from '../../../../domain/grid/grid';
import { ruleSetFromGrid } from '../../../../domain/forms/ruleSetSheet/ruleSetSheetFromGrid';
import { ruleSetToGrid } from '../../../../domain/forms/ruleSetSheet/ruleSetSheetToGrid';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { defaultRuleSet, type RuleSet } from '../../../../domain/ruleSet/ruleSet';

const base = defaultRuleSet('nantong', 2025);

/** A rule set unlike the defaults in every choice the sheet offers. */
const variant = (): RuleSet => {
  const merged = mergeRuleSet(base, {
    version: 4,
    name_en: '',
    selfEvaluation: {
      reverseVariant: 'B',
      rounding: { rateStage: 'wholePercent', scoreDecimals: 1 },
      gradeBands: [{ from: 80, value: 'excellent' }, { from: 70, value: 'good' }, { from: 60, value: 'fair' }, { from: 0, value: 'poor' }],
      groupOf: { cost: 'outcome' },
    },
    evaluation: { aggregate: 'median', minOutputOutcomeShare: 0.65 },
    linkage: { table: { ...base.linkage.table, good: { action: 'cut', cutPercent: 5, rectification: true, noNewOfSameKind: false } } },
    exAnte: { majorAmountThresholdFen: null, requireFor: { newMajor: false, expiringContinuation: 'all' } },
    monitoring: { timeProgressBasis: 'days', monthlyReportsAllowed: false },
  });
  if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
  return merged.ruleSet;
};

const copy = (grid: Grid): CellValue[][] => grid.values.map((row) => [...row]);

/** The 0-based row whose label (column A) starts with `zh`, the `nth` such row (0 = first). */
const rowOf = (values: CellValue[][], zh: string, nth = 0): number => {
  const rows = values.flatMap((row, r) => (typeof row[0] === 'string' && row[0].startsWith(zh) ? [r] : []));
  const row = rows[nth];
  if (row === undefined) throw new Error(`no row labelled ${zh}`);
  return row;
};

/** The first row of a table: two rows below its title. */
const tableRow = (values: CellValue[][], title: string, i: number, nth = 0): number => rowOf(values, title, nth) + 2 + i;

const set = (values: CellValue[][], row0: number, col0: number, value: CellValue) => {
  values[row0]![col0] = value;
};

describe('ruleSetToGrid → ruleSetFromGrid', () => {
  it('gives back the same rule set, the defaults and a rule set unlike them', () => {
    for (const ruleSet of [base, variant()]) {
      const read = ruleSetFromGrid(ruleSetToGrid(ruleSet).values, ruleSet);
      expect(read.problems).toEqual([]);
      expect(read.data).toEqual(ruleSet);
    }
  });

  it('lays the sheet out as a form: zh-first labels locked, numbers in input cells, drop-downs for choices', () => {
    const grid = ruleSetToGrid(base);
    expect(grid.sheetName).toBe('规则设置');
    expect(grid.values.every((row) => row.length === grid.columnWidths.length)).toBe(true);
    const points = rowOf(grid.values, '产出指标分值');
    expect(grid.values[points]?.[0]).toBe('产出指标分值\nOutput points');
    expect(grid.values[points]?.[1]).toBe(50);
    const inputs = grid.inputs.map((i) => i.range);
    expect(inputs).toContain(`${cellAddress(points, 1)}:${cellAddress(points, 2)}`);
    const label = cellAddress(points, 0);
    expect(inputs.some((range) => range === label || range.startsWith(`${label}:`))).toBe(false);

    const variantRow = rowOf(grid.values, '反向指标计分方式');
    const stageRow = rowOf(grid.values, '执行率取整阶段');
    const listAt = (row0: number) => grid.validations.find((v) => v.range.startsWith(`${cellAddress(row0, 1)}:`))?.list;
    expect(listAt(variantRow)).toBe('reverseVariant');
    expect(grid.lists.reverseVariant).toHaveLength(2);
    expect(grid.lists.reverseVariant?.[0]).toMatch(/^A：/);
    expect(listAt(stageRow)).toBe('rateStage');
    expect(grid.values[stageRow]?.[1]).toBe('按精确执行率计分');
    // Shares show as percents, money in 万元.
    const share = rowOf(grid.values, '产出、效益最低占比');
    expect(grid.formats).toContainEqual({ range: `${cellAddress(share, 1)}:${cellAddress(share, 2)}`, format: '0%' });
    expect(grid.values[rowOf(grid.values, '重大项目金额标准')]?.[1]).toBe(500);
    // Bands as a small table, highest first, with spare blank rows.
    const bands = tableRow(grid.values, '自评等级区间', 0);
    expect(grid.values.slice(bands, bands + 6).map((row) => [row[0], row[1]])).toEqual([
      ['优', 90], ['良', 80], ['中', 60], ['差', 0], [null, null], [null, null],
    ]);
  });

  it('reads an edited weight, percent and amount into the rule set, keeping id, region, year and version', () => {
    const values = copy(ruleSetToGrid(base));
    set(values, rowOf(values, '产出指标分值'), 1, 45);
    set(values, rowOf(values, '效益指标分值'), 1, '35');
    set(values, rowOf(values, '反向指标计分方式'), 1, 'B');
    set(values, rowOf(values, '产出、效益最低占比'), 1, '65%');
    set(values, rowOf(values, '重大项目金额标准'), 1, '1,200.5');
    const { data, problems } = ruleSetFromGrid(values, base);
    expect(problems).toEqual([]);
    expect(data?.selfEvaluation.points).toEqual({ output: 45, outcome: 35, satisfaction: 10, execution: 10 });
    expect(data?.selfEvaluation.reverseVariant).toBe('B');
    expect(data?.evaluation.minOutputOutcomeShare).toBe(0.65);
    expect(data?.exAnte.majorAmountThresholdFen).toBe(1_200_500_000);
    expect(data).toMatchObject({ id: base.id, regionId: 'nantong', year: 2025, version: 1 });
    expect(data?.exAnte.checklists).toEqual(base.exAnte.checklists);
  });

  it('puts a bad number or an unknown choice at its cell, and reads nothing', () => {
    const values = copy(ruleSetToGrid(base));
    const points = rowOf(values, '产出指标分值');
    const stage = rowOf(values, '执行率取整阶段');
    set(values, points, 1, '五十');
    set(values, stage, 1, '四舍五入');
    const { data, problems } = ruleSetFromGrid(values, base);
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.code, p.cell, p.path])).toEqual([
      ['ruleSetSheet.cellInvalid', cellAddress(points, 1), 'selfEvaluation.points.output'],
      ['ruleSetSheet.cellInvalid', cellAddress(stage, 1), 'selfEvaluation.rounding.rateStage'],
    ]);
    expect(problems[0]?.message_zh).toContain('不是数字');
    expect(problems[1]?.message_en).toContain('not one of the list');
  });

  it('places the rule set\'s own checks on cells: points not adding up, a required cell left blank', () => {
    const values = copy(ruleSetToGrid(base));
    const points = rowOf(values, '产出指标分值');
    set(values, points, 1, 60);
    const sum = ruleSetFromGrid(values, base);
    expect(sum.data).toBeUndefined();
    expect(sum.problems.map((p) => [p.code, p.path, p.cell])).toEqual([['ruleSet.invalid', 'selfEvaluation.points', cellAddress(points, 1)]]);
    expect(sum.problems[0]?.message_zh).toContain('产出指标分值');

    const blank = copy(ruleSetToGrid(base));
    const idle = rowOf(blank, '资金连续未使用年数');
    set(blank, idle, 1, null);
    expect(ruleSetFromGrid(blank, base).problems.map((p) => p.cell)).toEqual([cellAddress(idle, 1)]);
  });

  it('lets tables lose and gain rows: 80/70/60 bands, a fourth qualitative tier', () => {
    const values = copy(ruleSetToGrid(base));
    const bands = tableRow(values, '自评等级区间', 0);
    [80, 70, 60].forEach((from, i) => set(values, bands + i, 1, from));
    const tiers = tableRow(values, '定性指标档次', 0);
    // 达成 80–100%, 基本达成 70–80% (new, in the spare row, moved up), 部分达成 60–70%, 未达成 0–60%.
    const rows = values.slice(tiers, tiers + 5).map((row) => [...row]);
    values[tiers + 1] = [...rows[4]!];
    ['basic', '基本达成', 'Mostly achieved', '基本达成、大部分达成', 0.7, 0.8].forEach((v, c) => set(values, tiers + 1, c, v));
    values[tiers + 2] = rows[1]!;
    set(values, tiers + 2, 5, '70%');
    values[tiers + 3] = rows[2]!;
    const { data, problems } = ruleSetFromGrid(values, base);
    expect(problems).toEqual([]);
    expect(data?.selfEvaluation.gradeBands.map((b) => b.from)).toEqual([80, 70, 60, 0]);
    expect(data?.selfEvaluation.qualitativeTiers.map((t) => [t.id, t.from, t.to])).toEqual([
      ['achieved', 0.8, 1], ['basic', 0.7, 0.8], ['partial', 0.6, 0.7], ['notAchieved', 0, 0.6],
    ]);
    expect(data?.selfEvaluation.qualitativeTiers[1]?.aliases).toEqual(['基本达成', '大部分达成']);

    const gap = copy(ruleSetToGrid(base));
    const gapTiers = tableRow(gap, '定性指标档次', 0);
    set(gap, gapTiers + 1, 4, 0.65);
    const refused = ruleSetFromGrid(gap, base);
    expect(refused.problems.map((p) => [p.path, p.cell])).toEqual([['selfEvaluation.qualitativeTiers', cellAddress(gapTiers, 0)]]);
  });

  it('edits framework items by row: move one to another part, add a measured one, and checks part points', () => {
    const values = copy(ruleSetToGrid(base));
    const items = tableRow(values, '项目支出评价框架：二级指标', 0);
    const partsRow = tableRow(values, '项目支出评价框架：一级指标', 0);
    // 资金投入 (决策, 6) leaves; a measured 资金到位及时率 (决策, 6, ≥ 95 %) takes its place.
    ['决策', 'fundsOnTime', '资金到位及时率', 'Funds on time', 6, '≥', '95', '%'].forEach((v, c) => set(values, items + 2, c, v));
    const { data, problems } = ruleSetFromGrid(values, base);
    expect(problems).toEqual([]);
    const decision = data?.evaluation.frameworks.project.parts[0];
    expect(decision?.items.map((i) => i.id)).toEqual(['projectApproval', 'performanceTargets', 'fundsOnTime']);
    expect(decision?.items[2]?.measure).toEqual({ operator: 'gte', target: '95', unit: '%' });

    // Moving 项目立项 (6 points) into 过程 breaks both parts' sums; the problems land on the part rows' items.
    set(values, items, 0, '过程');
    const moved = ruleSetFromGrid(values, base);
    expect(moved.data).toBeUndefined();
    const cells = moved.problems.map((p) => p.cell);
    expect(moved.problems.every((p) => p.code === 'ruleSet.invalid')).toBe(true);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(parseAddress(cell!)!.row0).toBeGreaterThanOrEqual(partsRow);

    // Results must be parts of the framework; a result part may be switched off.
    const noResult = copy(ruleSetToGrid(base));
    const outputPart = partsRow + 2;
    set(noResult, outputPart, 4, '否');
    const read = ruleSetFromGrid(noResult, base);
    expect(read.data?.evaluation.frameworks.project.resultParts).toEqual(['outcome']);
  });

  it('refuses a sheet made from another version or with a label changed, rather than misread it', () => {
    const other = variant();
    const fromOther = ruleSetFromGrid(ruleSetToGrid(other).values, base);
    expect(fromOther.data).toBeUndefined();
    expect(fromOther.problems.map((p) => [p.code, p.cell])).toEqual([['ruleSetSheet.layoutChanged', 'A2']]);

    const values = copy(ruleSetToGrid(base));
    const points = rowOf(values, '效益指标分值');
    set(values, points, 0, '效益');
    expect(ruleSetFromGrid(values, base).problems.map((p) => [p.code, p.cell])).toEqual([['ruleSetSheet.layoutChanged', cellAddress(points, 0)]]);
  });
});
