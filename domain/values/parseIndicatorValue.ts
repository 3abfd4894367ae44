import { parseDecimal } from './decimal';
import { toHalfWidth } from './toHalfWidth';

/** The operator a value cell can carry: ≥ ≤ ＝ (定性 has no symbol inside a value). */
export type ValueOperator = 'gte' | 'lte' | 'eq';

/**
 * What a 指标值 cell holds: a quantity (operator, exact decimal string and unit, any of which the
 * filer may have put in their own columns instead), or text for a qualitative target.
 */
export type ParsedIndicatorValue =
  | {
      kind: 'quantity';
      operator?: ValueOperator;
      /** Exact decimal string, e.g. "202.6", "1200", "-5". */
      number: string;
      /** What follows the number, e.g. "个", "万元", "%"; '' when there is none. */
      unit: string;
      /** Set when the cell said ">" or "<": read as ≥ / ≤, which is how target tables use them. */
      strict?: true;
    }
  | { kind: 'text'; text: string };

// Longest first, so "≥" is not read as ">" and "不低于" wins over shorter words.
const prefixOperators: [string, ValueOperator, true?][] = [
  ['大于或等于', 'gte'], ['大于等于', 'gte'], ['小于或等于', 'lte'], ['小于等于', 'lte'],
  ['不低于', 'gte'], ['不少于', 'gte'], ['不小于', 'gte'], ['至少', 'gte'], ['达到', 'gte'],
  ['不高于', 'lte'], ['不超过', 'lte'], ['不多于', 'lte'], ['不大于', 'lte'], ['控制在', 'lte'], ['最多', 'lte'],
  ['等于', 'eq'],
  ['>=', 'gte'], ['=>', 'gte'], ['<=', 'lte'], ['=<', 'lte'], ['==', 'eq'],
  ['≥', 'gte'], ['≧', 'gte'], ['⩾', 'gte'], ['≤', 'lte'], ['≦', 'lte'], ['⩽', 'lte'], ['=', 'eq'],
  ['>', 'gte', true], ['<', 'lte', true],
];

// "95%以上", "5天以内": a trailing word carries the operator instead.
const suffixOperators: [string, ValueOperator][] = [
  ['及以上', 'gte'], ['以上', 'gte'], ['及以下', 'lte'], ['以下', 'lte'], ['以内', 'lte'],
];

/**
 * Reads an operator written on its own, as in a 指标性质 cell: "≥", ">=", "＞＝", "不低于", "="…
 * Undefined when the text is not exactly one operator.
 *
 * @example
 * parseOperatorSymbol('＞＝') // 'gte'
 */
export const parseOperatorSymbol = (text: string): ValueOperator | undefined => {
  const normalized = toHalfWidth(text).replace(/\s+/g, '');
  return prefixOperators.find(([word]) => word === normalized)?.[1];
};

const numberPattern = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?/;

/**
 * Splits a 指标值 cell into operator, number and unit (RULES.md §1: "≥50个", "≤202.6万元", "=100%").
 * Accepts full-width characters, spaces, thousands separators, negative numbers, wording such as
 * 不低于 / 不高于 / 不少于 / 不超过 / 达到, and trailing 以上 / 以内. Anything else (达成年度指标,
 * 90-95%, 有所提升) is text. The number stays a decimal string.
 *
 * @example
 * parseIndicatorValue('≥５０个') // { kind: 'quantity', operator: 'gte', number: '50', unit: '个' }
 * parseIndicatorValue('100%') // { kind: 'quantity', number: '100', unit: '%' }
 * parseIndicatorValue('达成年度指标') // { kind: 'text', text: '达成年度指标' }
 */
export const parseIndicatorValue = (text: string): ParsedIndicatorValue => {
  const original = text.trim();
  let rest = toHalfWidth(original).trim();
  let operator: ValueOperator | undefined;
  let strict: true | undefined;
  const prefix = prefixOperators.find(([word]) => rest.startsWith(word));
  if (prefix) {
    [, operator, strict] = prefix;
    rest = rest.slice(prefix[0].length).trim();
  }
  const match = numberPattern.exec(rest);
  const numberText = match?.[0] ?? '';
  const number = /\d/.test(numberText) ? parseDecimal(numberText) : undefined;
  if (number === undefined) return { kind: 'text', text: original };
  let unit = rest.slice(numberText.length).trim();
  const suffix = suffixOperators.find(([word]) => unit.endsWith(word));
  if (suffix) {
    if (operator !== undefined && operator !== suffix[1]) return { kind: 'text', text: original };
    operator = suffix[1];
    unit = unit.slice(0, unit.length - suffix[0].length).trim();
  }
  // A second number in the unit means a range or an expression ("90-95%", "3~5天"): not one target.
  // Units with a digit of their own are kept: m2/km2, and per-population rates such as "/10万".
  const unitWithDigit = /^(?:m|km|cm)[23]$/i.test(unit) || /^\/\d+[万千百][\u4e00-\u9fa5]*$/.test(unit);
  if (/\d/.test(unit) && !unitWithDigit) return { kind: 'text', text: original };
  if (/^[-~～至到,.]/.test(unit)) return { kind: 'text', text: original };
  return {
    kind: 'quantity',
    ...(operator ? { operator } : {}),
    number,
    unit,
    ...(strict ? { strict } : {}),
  };
};
