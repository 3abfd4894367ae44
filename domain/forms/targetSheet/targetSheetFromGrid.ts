import type { CellValue } from '../../grid/grid';
import { cellAddress } from '../../grid/address';
import { level2sByLevel1, type Indicator, type Level1, type Level2, type Operator } from '../../model/indicator';
import { TargetSheet } from '../../model/targetSheet';
import { problem, type Problem } from '../../problem';
import { numberToDecimal } from '../../values/decimal';
import { wanYuanToFen } from '../../values/moneyText';
import { parseIndicatorValue } from '../../values/parseIndicatorValue';
import { toHalfWidth } from '../../values/toHalfWidth';
import { basisChoices, level1Choices, projectAttributeChoices, readLevel2, readOperator } from '../indicators/indicatorChoices';
import { readChoice } from '../../grid/readChoice';
import { indicatorColumnIndex, targetSheetCell } from './targetSheetCell';
import { headerFields, indicatorColumns, targetSheetForm, type HeaderField } from './targetSheetLayout';

export interface TargetSheetReadContext {
  projectId: string;
  year: number;
}

export interface TargetSheetReadResult {
  /** The typed sheet, present when the grid reads without errors (warnings may remain). */
  data?: TargetSheet;
  /** Every problem names its cell. */
  problems: Problem[];
  /** The 0-based sheet row of each indicator in `data.indicators`, for targetSheetCell/checks. */
  indicatorRows: number[];
}

/** Cell text as typed: strings trimmed, numbers as exact decimals, empty as ''. */
const cellText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberToDecimal(value) ?? '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.trim();
};

const sameUnit = (a: string, b: string): boolean =>
  toHalfWidth(a).replace(/\s+/g, '').toLowerCase() === toHalfWidth(b).replace(/\s+/g, '').toLowerCase();

const readYear = (value: CellValue | undefined): number | undefined => {
  const text = cellText(value).replace(/\s*年$/, '');
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
};

const field = (path: string): HeaderField => headerFields.find((f) => f.path === path)!;

/**
 * Reads a 绩效目标申报表 grid back into a TargetSheet. Tolerant of what people do in Excel: numbers
 * where text is expected, stray spaces, full-width characters, blank rows between indicators,
 * labels in zh or en, 一级/二级 cells left empty under a merged cell above, "≥50个" typed in the
 * 指标值 cell. Conflicts (≥ in one cell, ≤ in another) are problems with the cell to fix.
 *
 * @example
 * const { data, problems } = targetSheetFromGrid(grid.values, { projectId: 'p1', year: 2025 });
 */
export const targetSheetFromGrid = (values: CellValue[][], context: TargetSheetReadContext): TargetSheetReadResult => {
  const problems: Problem[] = [];
  const at = (row0: number, col0: number): CellValue | undefined => values[row0]?.[col0];
  const headerCell = (path: string): CellValue | undefined => {
    const f = field(path);
    return at(f.row0, f.valueCols[0]);
  };
  const headerAddress = (path: string): string => {
    const f = field(path);
    return cellAddress(f.row0, f.valueCols[0]);
  };
  const headerText = (path: string): string => cellText(headerCell(path));

  const requireText = (path: string): string => {
    const text = headerText(path);
    if (text === '') {
      const { label } = field(path);
      problems.push(problem('targetSheet.fieldRequired', `请填写“${label.zh}”`, `Fill in "${label.en}"`, { cell: headerAddress(path), path }));
    }
    return text;
  };

  const projectName = requireText('projectName');
  const departmentName = requireText('departmentName');
  const unitName = headerText('unitName');

  const attributeText = headerText('isNew');
  const isNew = readChoice(attributeText, projectAttributeChoices);
  if (isNew === undefined) {
    problems.push(problem(
      'targetSheet.projectAttributeUnknown',
      attributeText === '' ? '请在下拉列表中选择项目属性：新增或延续' : `项目属性“${attributeText}”无法识别，请选择“新增”或“延续”`,
      attributeText === '' ? 'Pick the project type: 新增 (new) or 延续 (continuing)' : `Project type "${attributeText}" is not known; pick 新增 (new) or 延续 (continuing)`,
      { cell: headerAddress('isNew'), path: 'isNew' },
    ));
  }

  // "2025-2027" typed into the first year cell alone is read as both years.
  const range = /^(\d{4})\s*年?\s*[-–—~～至到]\s*(\d{4})\s*年?$/.exec(toHalfWidth(headerText('period.from')));
  const bothInFrom = range && headerText('period.to') === '';
  const from = bothInFrom ? Number(range[1]) : readYear(headerCell('period.from'));
  const to = bothInFrom ? Number(range[2]) : readYear(headerCell('period.to'));
  for (const [path, year] of [['period.from', from], ['period.to', to]] as const) {
    if (year === undefined) {
      problems.push(problem('targetSheet.yearInvalid', `项目期请填写四位年份，如 ${context.year}`, `Enter the project period as four-digit years, e.g. ${context.year}`, { cell: headerAddress(path), path }));
    }
  }

  const readMoney = (path: 'funding.fiscalFen' | 'funding.otherFen'): number => {
    const value = headerCell(path);
    // A blank amount is zero: 其他资金 is usually left empty.
    if (cellText(value) === '') return 0;
    const result = wanYuanToFen(typeof value === 'number' ? value : cellText(value));
    if (result.ok) return result.fen;
    problems.push({ ...result.problem, cell: headerAddress(path), path });
    return 0;
  };
  const fiscalFen = readMoney('funding.fiscalFen');
  const otherFen = readMoney('funding.otherFen');

  const { indicators, indicatorRows } = readIndicators(values, problems);

  const candidate = {
    projectId: context.projectId,
    year: context.year,
    projectName,
    departmentName,
    unitName,
    isNew,
    period: { from, to },
    funding: { fiscalFen, otherFen },
    overallGoal: headerText('overallGoal'),
    annualGoal: headerText('annualGoal'),
    indicators,
  };
  if (problems.some((p) => p.severity === 'error')) return { problems, indicatorRows };
  const parsed = TargetSheet.safeParse(candidate);
  if (parsed.success) return { data: parsed.data, problems, indicatorRows };
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const tooLong = issue.code === 'too_big' && 'maximum' in issue ? Number(issue.maximum) : undefined;
    problems.push(problem(
      'targetSheet.invalid',
      tooLong !== undefined ? `内容过长，最多 ${tooLong} 个字符` : '此格内容不符合要求，请检查',
      tooLong !== undefined ? `Too long: at most ${tooLong} characters` : `This cell is not valid: ${issue.message}`,
      { cell: targetSheetCell(path, indicatorRows), path },
    ));
  }
  return { problems, indicatorRows };
};

const col = {
  level1: indicatorColumnIndex('level1'),
  level2: indicatorColumnIndex('level2'),
  name: indicatorColumnIndex('name'),
  operator: indicatorColumnIndex('operator'),
  target: indicatorColumnIndex('target'),
  unit: indicatorColumnIndex('unit'),
  basis: indicatorColumnIndex('basis'),
  explanation: indicatorColumnIndex('explanation'),
  libraryId: indicatorColumnIndex('libraryId'),
};
// The printed form ends at 指标解释; the library id column alone does not make a row filled.
const formColumns = indicatorColumns.filter((c) => c.key !== 'libraryId').map((c) => indicatorColumnIndex(c.key));

/**
 * Reads the indicator rows from `first` (row 16 here; other forms reuse the grid, e.g. the
 * department targets form) down to the grid's last row, skipping blank rows.
 */
export const readIndicators = (values: CellValue[][], problems: Problem[], first: number = targetSheetForm.firstIndicatorRow0) => {
  const indicators: Indicator[] = [];
  const indicatorRows: number[] = [];
  let previous: { level1: Level1; level2: Level2 } | undefined;
  for (let row0 = first; row0 < values.length; row0++) {
    const row = values[row0] ?? [];
    const text = (c: number) => cellText(row[c]);
    if (formColumns.every((c) => text(c) === '')) continue;
    if (indicators.length === targetSheetForm.maxIndicators) {
      problems.push(problem('targetSheet.tooManyIndicators', `一张表最多 ${targetSheetForm.maxIndicators} 个指标，请精简`, `A sheet holds at most ${targetSheetForm.maxIndicators} indicators; remove some`, { cell: cellAddress(row0, col.name) }));
      break;
    }
    const index = indicators.length;
    const where = (key: keyof typeof col) => ({ cell: cellAddress(row0, col[key]), path: `indicators.${index}.${key}` });
    const errorsBefore = problems.length;

    // 一级/二级 left empty: the row continues the group above (merged cells read as empty).
    const level1Text = text(col.level1);
    const level1 = level1Text === '' ? previous?.level1 : readChoice(level1Text, level1Choices);
    if (level1 === undefined) {
      problems.push(level1Text === ''
        ? problem('targetSheet.level1Missing', '请选择一级指标（产出、效益、满意度或成本）', 'Pick the level-1 indicator (output, outcome, satisfaction or cost)', where('level1'))
        : problem('targetSheet.level1Unknown', `一级指标“${level1Text}”不在列表中，请从下拉列表选择`, `Level-1 "${level1Text}" is not in the list; pick one from the drop-down`, where('level1')));
    }
    const level2Text = text(col.level2);
    const onlyLevel2 = level1 && level2sByLevel1[level1].length === 1 ? level2sByLevel1[level1][0] : undefined;
    const level2 = level2Text === ''
      ? (level1Text === '' ? previous?.level2 : onlyLevel2)
      : readLevel2(level2Text, level1);
    if (level2 === undefined && level1 !== undefined) {
      problems.push(level2Text === ''
        ? problem('targetSheet.level2Missing', '请选择二级指标', 'Pick the level-2 indicator', where('level2'))
        : problem('targetSheet.level2Unknown', `二级指标“${level2Text}”不在列表中，请从下拉列表选择`, `Level-2 "${level2Text}" is not in the list; pick one from the drop-down`, where('level2')));
    }

    const name = text(col.name);
    if (name === '') {
      problems.push(problem('targetSheet.indicatorNameMissing', '请填写三级指标名称', 'Enter the level-3 indicator name', where('name')));
    }

    const value = readValue(text(col.operator), row[col.target], text(col.unit), where, problems);

    const basisText = text(col.basis);
    const basis = basisText === '' ? undefined : readChoice(basisText, basisChoices);
    if (basisText !== '' && basis === undefined) {
      problems.push(problem('targetSheet.basisUnknown', `取值依据“${basisText}”无法识别，请选择计划标准、行业标准、历史标准或其他标准`, `Value basis "${basisText}" is not known; pick plan, sector, historical or other standard`, where('basis')));
    }
    const explanation = text(col.explanation);
    const libraryId = text(col.libraryId);

    const rowHasErrors = problems.slice(errorsBefore).some((p) => p.severity === 'error');
    if (level1 && level2) previous = { level1, level2 };
    if (rowHasErrors || !level1 || !level2 || !value) {
      // Keep the index aligned with the sheet so later rows' paths still match their cells.
      indicators.push({ level1: 'output', level2: 'quantity', name, operator: 'qualitative', target: '', unit: '' });
    } else {
      indicators.push({
        level1, level2, name, ...value,
        ...(basis ? { basis } : {}),
        ...(explanation ? { explanation } : {}),
        ...(libraryId ? { libraryId } : {}),
      });
    }
    indicatorRows.push(row0);
  }
  return { indicators, indicatorRows };
};

/**
 * 指标性质, 指标值 and 度量单位 together: the operator and unit may sit in their own cells or inside
 * the value ("≥50个"); both places are accepted when they agree.
 */
const readValue = (
  operatorText: string,
  targetCell: CellValue | undefined,
  unitText: string,
  where: (key: 'operator' | 'target' | 'unit') => { cell: string; path: string },
  problems: Problem[],
): { operator: Operator; target: string; unit: string } | undefined => {
  const fromColumn = operatorText === '' ? undefined : readOperator(operatorText);
  if (operatorText !== '' && fromColumn === undefined) {
    problems.push(problem('targetSheet.operatorUnknown', `指标性质“${operatorText}”无法识别，请选择 ≥、≤、＝ 或 定性`, `Operator "${operatorText}" is not known; pick ≥, ≤, ＝ or 定性 (qualitative)`, where('operator')));
    return undefined;
  }
  const targetText = cellText(targetCell);
  if (fromColumn === 'qualitative') return { operator: 'qualitative', target: targetText, unit: unitText };
  const parsed = parseIndicatorValue(targetText);
  if (targetText === '' || parsed.kind === 'text') {
    // Text without an operator is a qualitative target; text under ≥/≤/＝ is left for the checks.
    const operator = fromColumn ?? (targetText === '' ? undefined : 'qualitative');
    if (!operator) {
      problems.push(problem('targetSheet.operatorMissing', '请选择指标性质：≥、≤、＝ 或 定性', 'Pick the operator: ≥, ≤, ＝ or 定性 (qualitative)', where('operator')));
      return undefined;
    }
    return { operator, target: targetText, unit: unitText };
  }
  let failed = false;
  if (fromColumn && parsed.operator && fromColumn !== parsed.operator) {
    problems.push(problem('targetSheet.operatorConflict', `指标值“${targetText}”中的符号与指标性质“${operatorText}”不一致，请统一`, `The sign in "${targetText}" contradicts the operator "${operatorText}"; make them agree`, where('target')));
    failed = true;
  }
  if (unitText !== '' && parsed.unit !== '' && !sameUnit(unitText, parsed.unit)) {
    problems.push(problem('targetSheet.unitConflict', `指标值“${targetText}”中的单位“${parsed.unit}”与度量单位“${unitText}”不一致，请统一`, `The unit "${parsed.unit}" in "${targetText}" contradicts the unit "${unitText}"; make them agree`, where('unit')));
    failed = true;
  }
  const operator = fromColumn ?? parsed.operator;
  if (!operator) {
    problems.push(problem('targetSheet.operatorMissing', '请选择指标性质：≥、≤、＝ 或 定性', 'Pick the operator: ≥, ≤, ＝ or 定性 (qualitative)', where('operator')));
    failed = true;
  }
  if (parsed.strict && !failed) {
    problems.push(problem('targetSheet.strictOperatorRead', `“${targetText}”中的 > 或 < 已按 ≥ 或 ≤ 读取，如不是此意请修改`, `">" or "<" in "${targetText}" was read as ≥ or ≤; change it if that is not what you meant`, where('target'), 'warning'));
  }
  if (failed || !operator) return undefined;
  return { operator, target: parsed.number, unit: unitText === '' ? parsed.unit : unitText };
};
