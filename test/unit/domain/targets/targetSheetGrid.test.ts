import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CellValue } from '../../../../domain/grid/grid';
import { parseAddress } from '../../../../domain/grid/address';
import {
  emptyTargetSheet, targetSheetCell, targetSheetFromGrid, targetSheetToGrid,
} from '../../../../domain/forms/targetSheet/targetSheetForm';
import { bases, level1s, level2sByLevel1, type Indicator } from '../../../../domain/model/indicator';
import type { Project } from '../../../../domain/model/project';
import { TargetSheet } from '../../../../domain/model/targetSheet';
import { sampleTargetSheet } from './sampleTargetSheet';

const context = { projectId: 'edu-aid-2025', year: 2025 };

/** The value at an A1 address. */
const valueAt = (values: CellValue[][], address: string): CellValue | undefined => {
  const at = parseAddress(address)!;
  return values[at.row0]?.[at.col0];
};
const setAt = (values: CellValue[][], address: string, value: CellValue) => {
  const at = parseAddress(address)!;
  while (values.length <= at.row0) values.push(new Array<CellValue>(9).fill(null));
  values[at.row0]![at.col0] = value;
};
const copy = (values: CellValue[][]) => values.map((row) => [...row]);

describe('targetSheetToGrid', () => {
  const sheet = sampleTargetSheet();
  const grid = targetSheetToGrid(sheet);

  it('lays out the header block, funding in 万元 and the indicator header', () => {
    expect(valueAt(grid.values, 'A1')).toBe('项目支出绩效目标申报表\nProject Expenditure Performance Targets');
    expect(valueAt(grid.values, 'A3')).toBe('项目名称\nProject name');
    expect(valueAt(grid.values, 'C3')).toBe('义务教育家庭经济困难学生生活补助');
    expect(valueAt(grid.values, 'C4')).toBe('南通市教育局');
    expect(valueAt(grid.values, 'F4')).toBe('南通市学生资助管理中心');
    expect(valueAt(grid.values, 'C5')).toBe('延续');
    expect(valueAt(grid.values, 'F5')).toBe(2023);
    expect(valueAt(grid.values, 'H5')).toBe(2027);
    expect(valueAt(grid.values, 'C7')).toBe(62.3456); // 12.3456 + 50 万元, computed
    expect(valueAt(grid.values, 'C8')).toBe(12.3456);
    expect(valueAt(grid.values, 'C9')).toBe(50);
    expect(grid.values[13]!.slice(0, 8)).toEqual(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '取值依据', '指标解释']);
    expect(grid.values[14]![0]).toBe('Level-1');
    expect(grid.frozenRows).toBe(15);
    expect(grid.sheetName.length).toBeLessThanOrEqual(31);
  });

  it('writes indicators one per row from row 16, labels in zh', () => {
    expect(grid.values[15]).toEqual(['产出指标', '数量指标', '义务教育家庭经济困难学生资助人数', '≥', '3200', '人次', '计划标准', null, 'education.compulsoryAidCount']);
    expect(grid.values[18]!.slice(0, 6)).toEqual(['成本指标', '经济成本指标', '家庭经济困难寄宿生生活补助标准（小学）', '＝', '1000', '元/人·年']);
    expect(valueAt(grid.values, 'D21')).toBe('定性');
  });

  it('is rectangular, with blank rows to fill and every editable cell an input', () => {
    expect(grid.values.length).toBe(15 + 12);
    expect(grid.values.every((row) => row.length === grid.columnWidths.length)).toBe(true);
    const inputs = grid.inputs.map((r) => r.range);
    expect(inputs).toEqual(expect.arrayContaining(['C5:D5', 'F5', 'H5:I5', 'C8', 'C9', 'C10:I10', 'C11:I11', 'A16:I27']));
    // Prefilled project names and the computed total are locked.
    expect(inputs).not.toContain('C3:I3');
    expect(inputs).not.toContain('C7');
    expect(grid.styles).toContainEqual({ range: 'C7', style: 'computed' });
    expect(grid.formats).toContainEqual({ range: 'C8', format: '#,##0.00####' });
    expect(grid.formats).toContainEqual({ range: 'E16:E27', format: '@' });
  });

  it('names a list for every drop-down', () => {
    for (const validation of grid.validations) expect(grid.lists[validation.list]?.length).toBeGreaterThan(0);
    expect(grid.validations).toContainEqual({ range: 'C5:D5', list: 'projectAttribute' });
    expect(grid.validations).toContainEqual({ range: 'D16:D27', list: 'operator' });
    expect(grid.lists.operator).toEqual(['≥', '≤', '＝', '定性']);
    expect(grid.lists.level1).toEqual(['产出指标', '效益指标', '满意度指标', '成本指标']);
    expect(grid.lists.level2).toContain('服务对象满意度指标');
    expect(grid.lists.basis).toEqual(['计划标准', '行业标准', '历史标准', '其他标准']);
    expect(grid.lists.unit).toContain('%');
    // Units are suggestions: a filer may type one that is not listed.
    expect(grid.validations).toContainEqual({ range: 'F16:F27', list: 'unit', allowOther: true });
    expect(grid.validations.filter((v) => v.allowOther).map((v) => v.list)).toEqual(['unit']);
    // Excel caps an inline list at 255 characters; ours go on a lists sheet, but stay short anyway.
    expect(grid.lists.level2!.join(',').length).toBeLessThan(255);
  });

  it('keeps merges inside the grid and never overlapping', () => {
    const cells = new Set<string>();
    for (const { range } of grid.merges) {
      const [from, to] = range.split(':').map((a) => parseAddress(a)!);
      for (let r = from!.row0; r <= to!.row0; r++) {
        for (let c = from!.col0; c <= to!.col0; c++) {
          expect(cells.has(`${r},${c}`)).toBe(false);
          cells.add(`${r},${c}`);
          expect(c).toBeLessThan(grid.columnWidths.length);
        }
      }
    }
  });

  it('grows with the indicators and converts 200 of them fast', () => {
    const big = { ...sheet, indicators: Array.from({ length: 200 }, (_, i) => ({ ...sheet.indicators[i % 7]!, name: `指标 ${i}` })) };
    const started = performance.now();
    const bigGrid = targetSheetToGrid(big);
    const read = targetSheetFromGrid(bigGrid.values, context);
    const elapsed = performance.now() - started;
    expect(bigGrid.values.length).toBe(15 + 205);
    expect(read.data?.indicators).toHaveLength(200);
    expect(elapsed).toBeLessThan(500);
    // Ranges stay per column: the number of validations does not grow with the rows.
    expect(bigGrid.validations.length).toBe(grid.validations.length);
  });

  it('stops at the 500-indicator limit', () => {
    const full = { ...sheet, indicators: Array.from({ length: 500 }, (_, i) => ({ ...sheet.indicators[0]!, name: `指标 ${i}` })) };
    expect(targetSheetToGrid(full).values.length).toBe(15 + 500);
    expect(targetSheetFromGrid(targetSheetToGrid(full).values, context).data?.indicators).toHaveLength(500);
  });
});

describe('targetSheetCell', () => {
  it('names the cell of every data path', () => {
    expect(targetSheetCell('funding.fiscalFen')).toBe('C8');
    expect(targetSheetCell('funding.otherFen')).toBe('C9');
    expect(targetSheetCell('funding')).toBe('C8');
    expect(targetSheetCell('indicators.3.unit')).toBe('F19');
    expect(targetSheetCell('indicators.0.level1')).toBe('A16');
    expect(targetSheetCell('indicators.2')).toBe('C18');
    expect(targetSheetCell('indicators')).toBe('C16');
    expect(targetSheetCell('projectName')).toBe('C3');
    expect(targetSheetCell('unitName')).toBe('F4');
    expect(targetSheetCell('isNew')).toBe('C5');
    expect(targetSheetCell('period')).toBe('F5');
    expect(targetSheetCell('period.to')).toBe('H5');
    expect(targetSheetCell('overallGoal')).toBe('C10');
    expect(targetSheetCell('annualGoal')).toBe('C11');
    expect(targetSheetCell('projectId')).toBeUndefined();
  });

  it('follows the rows an indicator was read from', () => {
    expect(targetSheetCell('indicators.1.target', [15, 20])).toBe('E21');
  });

  it('agrees with where targetSheetToGrid writes each field', () => {
    const sheet = sampleTargetSheet();
    const values = targetSheetToGrid(sheet).values;
    expect(valueAt(values, targetSheetCell('projectName')!)).toBe(sheet.projectName);
    expect(valueAt(values, targetSheetCell('annualGoal')!)).toBe(sheet.annualGoal);
    sheet.indicators.forEach((indicator, i) => {
      expect(valueAt(values, targetSheetCell(`indicators.${i}.name`)!)).toBe(indicator.name);
      expect(valueAt(values, targetSheetCell(`indicators.${i}.target`)!)).toBe(indicator.target);
      expect(valueAt(values, targetSheetCell(`indicators.${i}.unit`)!)).toBe(indicator.unit);
    });
  });
});

describe('targetSheetFromGrid', () => {
  const sheet = sampleTargetSheet();
  const values = targetSheetToGrid(sheet).values;

  it('reads back exactly what was written', () => {
    expect(targetSheetFromGrid(values, context)).toEqual({ data: sheet, problems: [], indicatorRows: [15, 16, 17, 18, 19, 20, 21] });
  });

  it('tolerates numbers, spaces, full-width text, en labels and blank rows', () => {
    const edited = copy(values);
    setAt(edited, 'C5', ' Continuing ');
    setAt(edited, 'F5', '2023年');
    setAt(edited, 'C8', '12.3456');
    setAt(edited, 'E16', 3200);
    setAt(edited, 'A17', 'Output');
    setAt(edited, 'B17', '质量');
    setAt(edited, 'D17', '=');
    setAt(edited, 'G17', 'Sector standard');
    setAt(edited, 'E22', '  90 ');
    setAt(edited, 'D22', '>=');
    // Blank rows between indicators are skipped.
    edited.splice(17, 0, new Array<CellValue>(9).fill(null), new Array<CellValue>(9).fill('  '));
    const read = targetSheetFromGrid(edited, context);
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(sheet);
    expect(read.indicatorRows).toEqual([15, 16, 19, 20, 21, 22, 23]);
  });

  it('splits "≥50个" typed in the value cell when the other cells are empty or agree', () => {
    const edited = copy(values);
    setAt(edited, 'D16', null);
    setAt(edited, 'E16', '≥３２００人次');
    setAt(edited, 'F16', null);
    setAt(edited, 'E17', '＝100%'); // D17 says ＝ and F17 says %: consistent
    const read = targetSheetFromGrid(edited, context);
    expect(read.problems).toEqual([]);
    expect(read.data?.indicators[0]).toMatchObject({ operator: 'gte', target: '3200', unit: '人次' });
    expect(read.data?.indicators[1]).toMatchObject({ operator: 'eq', target: '100', unit: '%' });
  });

  it('flags a conflicting operator or unit at the cell to fix', () => {
    const edited = copy(values);
    setAt(edited, 'E16', '≤3200人次');
    setAt(edited, 'E17', '100个');
    const read = targetSheetFromGrid(edited, context);
    expect(read.data).toBeUndefined();
    expect(read.problems.map((p) => [p.code, p.cell])).toEqual([
      ['targetSheet.operatorConflict', 'E16'],
      ['targetSheet.unitConflict', 'F17'],
    ]);
    expect(read.problems[0]!.message_zh).toContain('不一致');
  });

  it('reads 一级/二级 left empty under a merged cell as the group above', () => {
    const edited = copy(values);
    setAt(edited, 'A17', null);
    setAt(edited, 'B17', '质量指标');
    setAt(edited, 'A18', '');
    setAt(edited, 'B18', '时效');
    const read = targetSheetFromGrid(edited, context);
    expect(read.data?.indicators.slice(0, 3).map((i) => [i.level1, i.level2])).toEqual([
      ['output', 'quantity'], ['output', 'quality'], ['output', 'timeliness'],
    ]);
  });

  it('takes a text target without an operator as qualitative', () => {
    const edited = copy(values);
    setAt(edited, 'D21', null);
    expect(targetSheetFromGrid(edited, context).data?.indicators[5]).toMatchObject({ operator: 'qualitative', target: '长期持续' });
  });

  it('names the cell of every unreadable value', () => {
    const edited = copy(values);
    setAt(edited, 'C3', '');
    setAt(edited, 'C5', '改建');
    setAt(edited, 'H5', '明年');
    setAt(edited, 'C8', '12.34567891');
    setAt(edited, 'A16', '投入指标');
    setAt(edited, 'B17', '速度指标');
    setAt(edited, 'C18', '');
    setAt(edited, 'D19', '约');
    setAt(edited, 'D20', null);
    setAt(edited, 'E20', '0');
    setAt(edited, 'F20', null);
    setAt(edited, 'G22', '上级要求');
    const read = targetSheetFromGrid(edited, context);
    expect(read.data).toBeUndefined();
    expect(read.problems.map((p) => [p.code, p.cell])).toEqual([
      ['targetSheet.fieldRequired', 'C3'],
      ['targetSheet.projectAttributeUnknown', 'C5'],
      ['targetSheet.yearInvalid', 'H5'],
      ['money.tooPrecise', 'C8'],
      ['targetSheet.level1Unknown', 'A16'],
      ['targetSheet.level2Unknown', 'B17'],
      ['targetSheet.indicatorNameMissing', 'C18'],
      ['targetSheet.operatorUnknown', 'D19'],
      ['targetSheet.operatorMissing', 'D20'],
      ['targetSheet.basisUnknown', 'G22'],
    ]);
    for (const p of read.problems) {
      expect(p.message_zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(p.message_en).toMatch(/[a-z]/);
    }
  });

  it('warns when > was read as ≥', () => {
    const edited = copy(values);
    setAt(edited, 'D22', null);
    setAt(edited, 'E22', '>90%');
    setAt(edited, 'F22', null);
    const read = targetSheetFromGrid(edited, context);
    expect(read.data?.indicators[6]).toMatchObject({ operator: 'gte', target: '90', unit: '%' });
    expect(read.problems).toMatchObject([{ code: 'targetSheet.strictOperatorRead', cell: 'E22', severity: 'warning' }]);
  });

  it('reads "2023-2027" typed into one period cell', () => {
    const edited = copy(values);
    setAt(edited, 'F5', '2023—2027年');
    setAt(edited, 'H5', null);
    expect(targetSheetFromGrid(edited, context).data?.period).toEqual({ from: 2023, to: 2027 });
  });

  it('maps schema limits to cells', () => {
    const edited = copy(values);
    setAt(edited, 'F19', '一个非常非常非常非常非常长的度量单位名称超过二十');
    const read = targetSheetFromGrid(edited, context);
    expect(read.problems).toMatchObject([{ code: 'targetSheet.invalid', cell: 'F19', path: 'indicators.3.unit' }]);
  });

  it('reads an empty sheet made from a project with no indicators and no problems', () => {
    const project: Project = {
      id: 'p1', regionId: 'nt', departmentId: 'edu', year: 2025, name_zh: '校舍维修', name_en: 'School repairs',
      budgetType: 'general', sector: 'education', isMajor: false, isNew: true, period: { from: 2025, to: 2025 }, amountFen: 30_000_000,
    };
    const empty = emptyTargetSheet(project, '市教育局', '市第一中学');
    const read = targetSheetFromGrid(targetSheetToGrid(empty).values, { projectId: 'p1', year: 2025 });
    expect(read).toEqual({ data: empty, problems: [], indicatorRows: [] });
    expect(empty.funding).toEqual({ fiscalFen: 30_000_000, otherFen: 0 });
  });
});

describe('round trip (property)', () => {
  const text = (max: number) =>
    fc.string({ unit: fc.constantFrom(...'绩效目标资金学生农田公路 abc123，。'), maxLength: max }).map((s) => s.trim());
  const nonEmpty = (max: number) => text(max).filter((s) => s !== '');
  const decimal = fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }), fc.boolean())
    .map(([whole, fraction, negative]) => `${negative && whole > 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
  const level = fc.constantFrom(...level1s).chain((level1) =>
    fc.constantFrom(...level2sByLevel1[level1]).map((level2) => ({ level1, level2 })),
  );
  const indicator: fc.Arbitrary<Indicator> = fc
    .record({
      level: level,
      name: nonEmpty(40),
      quantitative: fc.boolean(),
      operator: fc.constantFrom('gte', 'lte', 'eq') as fc.Arbitrary<'gte' | 'lte' | 'eq'>,
      number: decimal,
      words: fc.constantFrom('达成年度指标', '明显改善', '有效保障', ''),
      unit: fc.constantFrom('个', '%', '万元', '人次', '元/人·年', ''),
      basis: fc.option(fc.constantFrom(...bases), { nil: undefined }),
      explanation: fc.option(nonEmpty(60), { nil: undefined }),
      libraryId: fc.option(fc.constantFrom('education.aidPaidOnTime', 'common.totalCost'), { nil: undefined }),
    })
    .map(({ level: l, name, quantitative, operator, number, words, unit, basis, explanation, libraryId }) => ({
      ...l,
      name,
      operator: quantitative ? operator : 'qualitative',
      target: quantitative ? number : words,
      unit,
      ...(basis ? { basis } : {}),
      ...(explanation ? { explanation } : {}),
      ...(libraryId ? { libraryId } : {}),
    }));
  const year = fc.integer({ min: 2015, max: 2035 });
  const sheet: fc.Arbitrary<TargetSheet> = fc.record({
    projectId: fc.constant('p-1'),
    year: fc.constant(2025),
    projectName: nonEmpty(50),
    departmentName: nonEmpty(30),
    unitName: text(30),
    isNew: fc.boolean(),
    period: fc.record({ from: year, to: year }),
    funding: fc.record({ fiscalFen: fc.integer({ min: 0, max: 10 ** 13 }), otherFen: fc.integer({ min: 0, max: 10 ** 13 }) }),
    overallGoal: text(200),
    annualGoal: text(200),
    indicators: fc.array(indicator, { maxLength: 30 }),
  });

  it('targetSheetFromGrid(targetSheetToGrid(sheet)) gives the sheet back', () => {
    fc.assert(
      fc.property(sheet, fc.integer({ min: 0, max: 20 }), (s, minIndicatorRows) => {
        expect(TargetSheet.safeParse(s).success).toBe(true);
        const read = targetSheetFromGrid(targetSheetToGrid(s, { minIndicatorRows }).values, { projectId: s.projectId, year: s.year });
        expect(read.problems).toEqual([]);
        expect(read.data).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});
