import { level1Labels, level2Labels, level2sByLevel1, type Indicator } from '../model/indicator';
import { totalFen, type TargetSheet } from '../model/targetSheet';
import { problem, type Problem } from '../problem';
import { targetSheetCell } from '../forms/targetSheet/targetSheetCell';
import { findInputTypeName } from '../indicators/inputTypeIndicators';
import { compareDecimals, parseDecimal } from '../values/decimal';
import { fenToWanYuanExact } from '../values/moneyText';
import { parseIndicatorValue } from '../values/parseIndicatorValue';
import { toHalfWidth } from '../values/toHalfWidth';
import { defaultTargetSheetCheckOptions, type TargetSheetCheckOptions } from './targetSheetCheckOptions';

const isCost = (indicator: Indicator): boolean =>
  indicator.level1 === 'cost' || (indicator.level1 === 'output' && indicator.level2 === 'cost');

const normalizedUnit = (unit: string): string => toHalfWidth(unit).replace(/\s+/g, '');

// Rates are per hundred, per thousand or per 100,000 (孕产妇死亡率 1/10万): any of these is a rate unit.
const isRateUnit = (unit: string): boolean => /[%‰‱]|\/|每|万分/.test(normalizedUnit(unit));

/**
 * The checks of RULES.md §1 on a 绩效目标申报表, each with a stable code, a message in zh and en
 * that says what to do, and the cell to fix (from targetSheetCell, so JSON data names cells too).
 * Options default to RULES.md; a rule set passes its own.
 *
 * @example
 * const problems = checkTargetSheet(sheet, { projectAmountFen: project.amountFen });
 * const blocking = problems.filter((p) => p.severity === 'error');
 */
export const checkTargetSheet = (sheet: TargetSheet, options: Partial<TargetSheetCheckOptions> = {}): Problem[] => {
  const o: TargetSheetCheckOptions = { ...defaultTargetSheetCheckOptions, ...options };
  const problems: Problem[] = [];
  const at = (path: string) => ({ cell: targetSheetCell(path, o.indicatorRows), path });
  const add = (code: string, zh: string, en: string, path: string, severity: Problem['severity'] = 'error') =>
    problems.push(problem(`targetSheet.${code}`, zh, en, at(path), severity));

  // Header: goals, period, project type, funding.
  if (sheet.overallGoal.trim() === '') {
    add('goalMissing', '请填写总体目标：项目整个实施期内要达到的产出和效果', 'Enter the overall goal: the outputs and effects over the whole project period', 'overallGoal');
  }
  if (sheet.annualGoal.trim() === '') {
    add('goalMissing', `请填写年度目标：${sheet.year} 年要达到的产出和效果`, `Enter the annual goal: the outputs and effects for ${sheet.year}`, 'annualGoal');
  }
  const { from, to } = sheet.period;
  if (from > to) {
    add('periodInvalid', `项目期结束年 ${to} 早于开始年 ${from}，请改正`, `The period ends (${to}) before it starts (${from}); correct it`, 'period.to');
  } else if (sheet.year < from || sheet.year > to) {
    add('periodInvalid', `预算年度 ${sheet.year} 不在项目期 ${from}–${to} 内，请核对项目期`, `Budget year ${sheet.year} is outside the project period ${from}–${to}; check the period`, 'period.from');
  } else if (sheet.isNew && from < sheet.year) {
    add('attributeInconsistent', `新增项目的项目期一般从 ${sheet.year} 年开始；如项目以前年度已实施，项目属性应选“延续”`, `A new project usually starts in ${sheet.year}; if it ran in earlier years, its type is 延续 (continuing)`, 'isNew', 'warning');
  } else if (!sheet.isNew && from === sheet.year) {
    add('attributeInconsistent', `延续项目应在 ${sheet.year} 年以前已开始；如本年新设，项目属性应选“新增”`, `A continuing project started before ${sheet.year}; if it is new this year, its type is 新增 (new)`, 'isNew', 'warning');
  }
  const total = totalFen(sheet);
  if (total === 0) {
    add('fundingMissing', '年度资金总额为 0，请填写财政拨款和其他资金（万元）', 'The annual funding total is 0; enter the fiscal appropriation and other funds (10,000 yuan)', 'funding.fiscalFen');
  } else if (o.projectAmountFen !== undefined && total !== o.projectAmountFen) {
    const sheetWan = fenToWanYuanExact(total);
    const projectWan = fenToWanYuanExact(o.projectAmountFen);
    add('fundingTotalMismatch', `年度资金总额 ${sheetWan} 万元与项目预算 ${projectWan} 万元不一致，请调整财政拨款或其他资金`, `The annual funding total (${sheetWan}) differs from the project budget (${projectWan}, 10,000 yuan); adjust the amounts`, 'funding.fiscalFen');
  }

  // The indicator set as a whole. Missing kinds point at the first free row, where one is added.
  const indicators = sheet.indicators;
  const nextRow = `indicators.${indicators.length}`;
  if (indicators.length < o.minIndicators) {
    add('tooFewIndicators', `至少需要 ${o.minIndicators} 个三级指标，目前只有 ${indicators.length} 个，请补充`, `At least ${o.minIndicators} level-3 indicators are needed; there are ${indicators.length}`, `${nextRow}.name`);
  }
  const has = (test: (i: Indicator) => boolean) => indicators.some(test);
  if (o.requireOutput && !has((i) => i.level1 === 'output' && i.level2 !== 'cost')) {
    add('noOutputIndicator', '缺少产出指标：请至少设置一个数量、质量或时效指标，说明项目要交付什么', 'No output indicator: add at least one quantity, quality or timeliness indicator saying what the project delivers', `${nextRow}.level1`);
  }
  if (o.requireOutcome && !has((i) => i.level1 === 'outcome')) {
    add('noOutcomeIndicator', '缺少效益指标：请至少设置一个经济、社会、生态效益或可持续影响指标', 'No outcome indicator: add at least one economic, social, ecological or sustainability indicator', `${nextRow}.level1`);
  }
  if (o.requireCost && !has(isCost)) {
    add('noCostIndicator', '缺少成本指标：请设置成本指标（如单位成本、项目总成本控制数）', 'No cost indicator: add one (e.g. unit cost, total cost ceiling)', `${nextRow}.level1`);
  }
  if (o.requireSatisfaction && !has((i) => i.level1 === 'satisfaction')) {
    add('noSatisfactionIndicator', '缺少满意度指标：请设置服务对象满意度', 'No satisfaction indicator: add beneficiary satisfaction', `${nextRow}.level1`);
  }

  const seen = new Set<string>();
  indicators.forEach((indicator, index) => {
    const p = (field: string) => `indicators.${index}.${field}`;
    const label = `“${indicator.name}”`;
    if (!(level2sByLevel1[indicator.level1] as readonly string[]).includes(indicator.level2)) {
      const allowed = level2sByLevel1[indicator.level1].map((l2) => level2Labels[l2].zh).join('、');
      add('level2NotUnderLevel1', `二级指标“${level2Labels[indicator.level2].zh}”不属于一级指标“${level1Labels[indicator.level1].zh}”，应为：${allowed}`, `Level-2 "${level2Labels[indicator.level2].en}" is not under level-1 "${level1Labels[indicator.level1].en}"`, p('level2'));
    }
    const inputName = findInputTypeName(indicator.name, o.inputTypeNames);
    if (inputName) {
      add('inputPosingAsOutput', `${label}含“${inputName}”，属于投入/过程类指标，不反映产出和效益，请改为实际产出或效果指标`, `${label} is an input/process indicator (${inputName}); it shows how money was handled, not what it produced. Use an output or outcome indicator`, p('name'));
    }
    const key = `${indicator.level2}|${indicator.name.replace(/\s+/g, '')}`;
    if (seen.has(key)) {
      add('duplicateIndicator', `${label}在同一二级指标下重复，请合并或删除`, `${label} appears twice under the same level-2; merge or remove one`, p('name'), 'warning');
    }
    seen.add(key);

    if (indicator.operator === 'qualitative') {
      if (indicator.target === '') {
        add('qualitativeWithoutText', `定性指标${label}请用文字写明目标，如“达成年度指标”“明显改善”`, `Qualitative indicator ${label}: describe the target in words, e.g. 达成年度指标`, p('target'));
      } else if (parseIndicatorValue(indicator.target).kind === 'quantity') {
        add('qualitativeLooksQuantitative', `${label}的指标值“${indicator.target}”是数值，指标性质可能应选 ≥、≤ 或 ＝`, `${label} has a number as target; its operator may be ≥, ≤ or ＝ rather than qualitative`, p('operator'), 'warning');
      }
      return;
    }
    const number = parseDecimal(indicator.target);
    if (number === undefined) {
      const parsed = parseIndicatorValue(indicator.target);
      const [zh, en] = indicator.target === ''
        ? [`定量指标${label}请填写指标值（数字）`, `Quantitative indicator ${label}: enter the target number`]
        : parsed.kind === 'quantity'
          ? [`${label}的指标值“${indicator.target}”只填数字 ${parsed.number}，符号放在“指标性质”列，单位放在“度量单位”列`, `${label}: the target holds only the number ${parsed.number}; the sign goes in Operator and the unit in Unit`]
          : [`${label}的指标值“${indicator.target}”不是数字；定量指标请填数字，若是文字描述，请把指标性质改为“定性”`, `${label}: "${indicator.target}" is not a number; enter a number, or set the operator to 定性 (qualitative)`];
      add('quantityWithoutNumber', zh, en, p('target'));
    }
    if (indicator.unit === '') {
      add('quantityWithoutUnit', `定量指标${label}请填写度量单位，如“%”“个”“万元”`, `Quantitative indicator ${label}: enter the unit, e.g. %, 个, 万元`, p('unit'));
    } else if (/率$/.test(indicator.name.trim()) && !isRateUnit(indicator.unit)) {
      add('rateWithoutPercent', `${label}是比率，度量单位一般为“%”，目前是“${indicator.unit}”`, `${label} is a rate; its unit is usually %, not "${indicator.unit}"`, p('unit'), 'warning');
    }
    if (number !== undefined && normalizedUnit(indicator.unit) === '%' && indicator.operator !== 'lte' && compareDecimals(number, '100') > 0) {
      add('percentOver100', `${label}目标值 ${number}% 超过 100%，请核对`, `${label}: the target ${number}% is over 100%; check it`, p('target'), 'warning');
    }
  });
  return problems;
};
