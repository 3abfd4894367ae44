import { describe, expect, it } from 'vitest';
import { checkTargetSheet } from '../../../../domain/checks/checkTargetSheet';
import { targetSheetFromGrid, targetSheetToGrid } from '../../../../domain/forms/targetSheet/targetSheetForm';
import type { Indicator } from '../../../../domain/model/indicator';
import type { TargetSheet } from '../../../../domain/model/targetSheet';
import type { CellValue } from '../../../../domain/grid/grid';
import { sampleTargetSheet } from './sampleTargetSheet';

const codesAndCells = (sheet: TargetSheet, options?: Parameters<typeof checkTargetSheet>[1]) =>
  checkTargetSheet(sheet, options).map((p) => [p.code, p.cell, p.severity]);

const withIndicators = (indicators: Indicator[]): TargetSheet => ({ ...sampleTargetSheet(), indicators });
const edit = (index: number, change: Partial<Indicator>): TargetSheet => {
  const sheet = sampleTargetSheet();
  sheet.indicators[index] = { ...sheet.indicators[index]!, ...change };
  return sheet;
};

describe('checkTargetSheet', () => {
  it('finds nothing wrong with a good sheet', () => {
    expect(checkTargetSheet(sampleTargetSheet())).toEqual([]);
  });

  it('asks for at least 3 indicators, at the first free row', () => {
    const sheet = withIndicators(sampleTargetSheet().indicators.slice(0, 2));
    expect(codesAndCells(sheet)).toContainEqual(['targetSheet.tooFewIndicators', 'C18', 'error']);
  });

  it('takes the minimum from the rule set', () => {
    expect(codesAndCells(sampleTargetSheet(), { minIndicators: 10 })).toEqual([['targetSheet.tooFewIndicators', 'C23', 'error']]);
  });

  it('asks for an output, an outcome and a cost indicator', () => {
    const onlySatisfaction = withIndicators([sampleTargetSheet().indicators[6]!]);
    expect(codesAndCells(onlySatisfaction)).toEqual([
      ['targetSheet.tooFewIndicators', 'C17', 'error'],
      ['targetSheet.noOutputIndicator', 'A17', 'error'],
      ['targetSheet.noOutcomeIndicator', 'A17', 'error'],
      ['targetSheet.noCostIndicator', 'A17', 'error'],
    ]);
  });

  it('counts 产出·成本 as a cost indicator, and not as an output', () => {
    const indicators = sampleTargetSheet().indicators.filter((i) => i.level1 !== 'cost');
    expect(codesAndCells(withIndicators(indicators))).toEqual([['targetSheet.noCostIndicator', 'A22', 'error']]);
    const outputCost: Indicator = { level1: 'output', level2: 'cost', name: '项目成本控制率', operator: 'lte', target: '100', unit: '%' };
    expect(checkTargetSheet(withIndicators([...indicators, outputCost]))).toEqual([]);
    const noRealOutput = withIndicators([outputCost, ...indicators.filter((i) => i.level1 !== 'output')]);
    expect(codesAndCells(noRealOutput).map(([code]) => code)).toContain('targetSheet.noOutputIndicator');
  });

  it('asks for satisfaction only when the rule set does', () => {
    const sheet = withIndicators(sampleTargetSheet().indicators.filter((i) => i.level1 !== 'satisfaction'));
    expect(checkTargetSheet(sheet)).toEqual([]);
    expect(codesAndCells(sheet, { requireSatisfaction: true })).toEqual([['targetSheet.noSatisfactionIndicator', 'A22', 'error']]);
  });

  it('wants a number and a unit for ≥ ≤ ＝, and text for 定性', () => {
    expect(codesAndCells(edit(0, { target: '' }))).toEqual([['targetSheet.quantityWithoutNumber', 'E16', 'error']]);
    expect(codesAndCells(edit(0, { target: '很多' }))).toEqual([['targetSheet.quantityWithoutNumber', 'E16', 'error']]);
    expect(codesAndCells(edit(0, { unit: '' }))).toEqual([['targetSheet.quantityWithoutUnit', 'F16', 'error']]);
    expect(codesAndCells(edit(5, { target: '' }))).toEqual([['targetSheet.qualitativeWithoutText', 'E21', 'error']]);
  });

  it('explains how to split a target that still holds its sign and unit', () => {
    const [p] = checkTargetSheet(edit(0, { target: '≥3200人次' }));
    expect(p).toMatchObject({ code: 'targetSheet.quantityWithoutNumber', cell: 'E16' });
    expect(p!.message_zh).toContain('只填数字 3200');
  });

  it('suggests ≥ ≤ ＝ for a 定性 indicator whose target is a number', () => {
    expect(codesAndCells(edit(5, { target: '95%' }))).toEqual([['targetSheet.qualitativeLooksQuantitative', 'D21', 'warning']]);
  });

  it('refuses input-type indicators posing as outputs', () => {
    const sheet = edit(1, { name: '项目资金到位率' });
    const problems = checkTargetSheet(sheet);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['targetSheet.inputPosingAsOutput', 'C17']]);
    expect(problems[0]!.message_zh).toContain('资金到位率');
    expect(codesAndCells(edit(1, { name: '预算执行率' }))[0]).toEqual(['targetSheet.inputPosingAsOutput', 'C17', 'error']);
    // 资金发放及时率 (paying students on time) is a real output, unlike 资金拨付及时率.
    expect(codesAndCells(edit(2, { name: '资金拨付及时率' }))[0]).toEqual(['targetSheet.inputPosingAsOutput', 'C18', 'error']);
  });

  it('flags a level-2 that does not belong to its level-1', () => {
    const problems = checkTargetSheet(edit(4, { level2: 'quality' }));
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['targetSheet.level2NotUnderLevel1', 'B20']]);
    expect(problems[0]!.message_zh).toContain('经济效益指标');
  });

  it('warns about percentages over 100 under ≥ and ＝, not under ≤', () => {
    expect(codesAndCells(edit(6, { target: '120' }))).toEqual([['targetSheet.percentOver100', 'E22', 'warning']]);
    expect(codesAndCells(edit(1, { target: '100.5', unit: '％' }))).toEqual([['targetSheet.percentOver100', 'E17', 'warning']]);
    expect(checkTargetSheet(edit(6, { operator: 'lte', target: '120' }))).toEqual([]);
    expect(checkTargetSheet(edit(6, { target: '100.00' }))).toEqual([]);
  });

  it('warns when a rate has a unit that is not a rate', () => {
    expect(codesAndCells(edit(1, { unit: '个' }))).toEqual([['targetSheet.rateWithoutPercent', 'F17', 'warning']]);
    expect(checkTargetSheet(edit(1, { name: '孕产妇死亡率', unit: '1/10万' }))).toEqual([]);
    expect(checkTargetSheet(edit(1, { name: '婴儿死亡率', unit: '‰' }))).toEqual([]);
  });

  it('warns about the same indicator twice under one level-2', () => {
    const sheet = sampleTargetSheet();
    sheet.indicators.push({ ...sheet.indicators[0]!, target: '3300' });
    expect(codesAndCells(sheet)).toEqual([['targetSheet.duplicateIndicator', 'C23', 'warning']]);
  });

  it('asks for both goals', () => {
    const sheet = { ...sampleTargetSheet(), overallGoal: '', annualGoal: ' ' };
    expect(codesAndCells(sheet)).toEqual([
      ['targetSheet.goalMissing', 'C10', 'error'],
      ['targetSheet.goalMissing', 'C11', 'error'],
    ]);
  });

  it('checks the project period against the budget year and the project type', () => {
    expect(codesAndCells({ ...sampleTargetSheet(), period: { from: 2027, to: 2023 } })).toEqual([['targetSheet.periodInvalid', 'H5', 'error']]);
    expect(codesAndCells({ ...sampleTargetSheet(), period: { from: 2026, to: 2028 } })).toEqual([['targetSheet.periodInvalid', 'F5', 'error']]);
    expect(codesAndCells({ ...sampleTargetSheet(), isNew: true })).toEqual([['targetSheet.attributeInconsistent', 'C5', 'warning']]);
    expect(codesAndCells({ ...sampleTargetSheet(), period: { from: 2025, to: 2027 } })).toEqual([['targetSheet.attributeInconsistent', 'C5', 'warning']]);
  });

  it('checks the funding total against the project budget, to the fen', () => {
    const sheet = sampleTargetSheet();
    expect(checkTargetSheet(sheet, { projectAmountFen: 62_345_600 })).toEqual([]);
    const [p] = checkTargetSheet(sheet, { projectAmountFen: 62_345_601 });
    expect(p).toMatchObject({ code: 'targetSheet.fundingTotalMismatch', cell: 'C8', severity: 'error' });
    expect(p!.message_zh).toContain('62.3456 万元');
    expect(p!.message_zh).toContain('62.345601 万元');
    expect(codesAndCells({ ...sheet, funding: { fiscalFen: 0, otherFen: 0 } })).toEqual([['targetSheet.fundingMissing', 'C8', 'error']]);
  });

  it('names the rows the indicators were read from when the sheet had gaps', () => {
    const values = targetSheetToGrid(edit(2, { unit: '' })).values;
    values.splice(16, 0, new Array<CellValue>(9).fill(null)); // a blank row after the first indicator
    const read = targetSheetFromGrid(values, { projectId: 'edu-aid-2025', year: 2025 });
    const problems = checkTargetSheet(read.data!, { indicatorRows: read.indicatorRows });
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['targetSheet.quantityWithoutUnit', 'F19']]);
  });

  it('writes every message in Chinese and English', () => {
    const bad: TargetSheet = {
      ...sampleTargetSheet(), overallGoal: '', period: { from: 2027, to: 2023 }, funding: { fiscalFen: 0, otherFen: 0 },
      indicators: [{ level1: 'output', level2: 'social', name: '资金到位率', operator: 'gte', target: '', unit: '' }],
    };
    const problems = checkTargetSheet(bad, { requireSatisfaction: true });
    expect(problems.length).toBeGreaterThanOrEqual(10);
    for (const p of problems) {
      expect(p.code).toMatch(/^targetSheet\.[a-zA-Z0-9]+$/);
      expect(p.message_zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(p.message_en).toMatch(/[A-Za-z]{3,}/);
      expect(p.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});
