import type { CellValue } from '../../grid/grid';
import { decimalToScaled, parseDecimal, scaledToDecimal } from '../../values/decimal';
import { fenToWanYuanExact, wanYuanToFen } from '../../values/moneyText';
import { cellText } from '../../grid/cellText';
import { readChoice } from '../../grid/readChoice';
import { ruleSetChoices, ruleSetSheetLists, type RuleSetChoice, type RuleSetListName } from './ruleSetSheetLists';

/**
 * What one input cell of the rule-set sheet holds. `fraction` is a share stored as 0.8 and shown as
 * 80%; `wanYuan` is integer fen shown in 万元; `texts` is a list written "达成、基本达成"; `choice` is a
 * drop-down named `list` (the grid's list name) offering `choices`. `optional` cells may stay blank
 * (a blank `wanYuan` is null: "no threshold").
 */
export type RuleSetCellKind =
  | { type: 'number' | 'integer' | 'fraction' | 'decimalText' | 'text' | 'texts' | 'wanYuan'; optional?: boolean }
  | { type: 'choice'; list: string; choices: readonly RuleSetChoice[]; optional?: boolean };

/** A drop-down cell over one of the sheet's fixed lists (ruleSetSheetLists). */
export const choiceCell = (list: RuleSetListName, optional = false): RuleSetCellKind => ({
  type: 'choice',
  list,
  choices: ruleSetSheetLists[list] as RuleSetChoice[],
  ...(optional ? { optional } : {}),
});

export type RuleSetCellRead = { ok: true; value: unknown } | { ok: false; zh: string; en: string };

const fail = (zh: string, en: string): RuleSetCellRead => ({ ok: false, zh, en });

/** "80%" → "0.8", exactly (no float on the way). */
const percentToDecimal = (decimal: string): string | undefined => {
  const scale = (decimal.split('.')[1] ?? '').length;
  const scaled = decimalToScaled(decimal, scale);
  return scaled === undefined ? undefined : scaledToDecimal(scaled, scale + 2);
};

const readNumber = (raw: CellValue, text: string, kind: RuleSetCellKind['type']): RuleSetCellRead => {
  const percent = typeof raw === 'string' && /[%％]$/.test(text);
  const written = percent ? text.replace(/[%％]$/, '') : text;
  const parsed = parseDecimal(typeof raw === 'number' ? raw : written);
  const decimal = parsed !== undefined && percent ? percentToDecimal(parsed) : parsed;
  if (decimal === undefined) return fail(`“${text}”不是数字`, `"${text}" is not a number`);
  if (kind === 'decimalText') return { ok: true, value: decimal };
  const value = Number(decimal);
  if (kind === 'integer' && !Number.isInteger(value)) return fail(`“${text}”应为整数`, `"${text}" must be a whole number`);
  return { ok: true, value };
};

/**
 * Reads one cell of the rule-set sheet as the rule set stores it: numbers (a cell number or text such
 * as "1,200", "80%"), exact decimal strings, texts, lists, drop-down choices and 万元 as integer fen.
 * A blank required cell is a problem; a blank optional one reads as undefined ('' for text, null for
 * 万元). Ranges (points adding up to 100, bands in order) are the rule set's schema to check.
 *
 * @example
 * readRuleSetCell({ type: 'fraction' }, '80%') // { ok: true, value: 0.8 }
 */
export const readRuleSetCell = (kind: RuleSetCellKind, raw: CellValue | undefined): RuleSetCellRead => {
  const value = raw ?? null;
  const text = cellText(value);
  if (text === '') {
    if (kind.type === 'text') return { ok: true, value: '' };
    if (kind.type === 'texts') return { ok: true, value: [] };
    if (kind.optional) return { ok: true, value: kind.type === 'wanYuan' ? null : undefined };
    return fail('此格必须填写', 'This cell is required');
  }
  switch (kind.type) {
    case 'text':
      return { ok: true, value: text };
    case 'texts':
      return { ok: true, value: text.split(/[、，,;；\n]+/).map((part) => part.trim()).filter((part) => part !== '') };
    case 'choice': {
      const found = readChoice(text, ruleSetChoices(kind.choices));
      return found === undefined ? fail(`“${text}”不在下拉列表中`, `"${text}" is not one of the list`) : { ok: true, value: found };
    }
    case 'wanYuan': {
      const fen = wanYuanToFen(typeof value === 'number' ? value : text);
      return fen.ok ? { ok: true, value: fen.fen } : fail(fen.problem.message_zh, fen.problem.message_en);
    }
    default:
      return readNumber(value, text, kind.type);
  }
};

/**
 * The cell value the sheet shows for a stored value (the inverse of readRuleSetCell): a drop-down
 * shows its zh label, a list joins with "、", fen show in 万元 (exact), a share stays a number the
 * cell formats as a percent.
 */
export const showRuleSetCell = (kind: RuleSetCellKind, value: unknown): CellValue => {
  if (value === undefined || value === null) return null;
  if (kind.type === 'choice') return kind.choices.find((choice) => choice.value === value)?.label.zh ?? String(value);
  if (kind.type === 'texts') return Array.isArray(value) ? value.join('、') : String(value);
  if (kind.type === 'wanYuan') return Number(fenToWanYuanExact(Number(value)));
  if (kind.type === 'decimalText' || kind.type === 'text') return String(value);
  return typeof value === 'number' ? value : String(value);
};

/** The number format a cell of this kind gets ('0%' for shares, '0' for whole numbers). */
export const ruleSetCellFormat = (kind: RuleSetCellKind): string | undefined => {
  if (kind.type === 'fraction') return '0%';
  if (kind.type === 'integer') return '0';
  if (kind.type === 'wanYuan') return '#,##0.00####';
  if (kind.type === 'text' || kind.type === 'texts' || kind.type === 'decimalText') return '@';
  return undefined;
};
