import { problem, type Problem } from '../problem';
import { decimalToScaled, formatDecimal, parseDecimal, scaledToDecimal } from './decimal';

/**
 * Money between what people type (元 or 万元, "1,234.56") and integer fen (GLOSSARY.md "Money").
 * 1 元 = 100 分 and 1 万元 = 1,000,000 分, so 万元 carries at most 6 decimals; more would be a
 * fraction of a fen and is refused rather than rounded.
 */
export type FenResult = { ok: true; fen: number } | { ok: false; problem: Problem };

const fenPerYuanScale = 2;
const fenPerWanYuanScale = 6;

const toFen = (value: string | number, scale: number, suffix: RegExp, unit_zh: string, unit_en: string): FenResult => {
  const text = typeof value === 'number' ? value : value.trim().replace(suffix, '');
  if (text === '') {
    return { ok: false, problem: problem('money.empty', `请填写金额（${unit_zh}）`, `Enter an amount (${unit_en})`) };
  }
  const decimal = parseDecimal(text);
  if (decimal === undefined) {
    return {
      ok: false,
      problem: problem('money.notANumber', `“${value}”不是金额，请只填数字（${unit_zh}），如 12.50`, `"${value}" is not an amount; enter a number in ${unit_en}, e.g. 12.50`),
    };
  }
  const fen = decimalToScaled(decimal, scale);
  if (fen === undefined) {
    return {
      ok: false,
      problem: problem('money.tooPrecise', `金额“${value}”精确到了分以下，${unit_zh}最多保留 ${scale} 位小数`, `The amount "${value}" is finer than one fen; ${unit_en} take at most ${scale} decimals`),
    };
  }
  if (fen < 0n) {
    return { ok: false, problem: problem('money.negative', `金额“${value}”不能为负数`, `The amount "${value}" cannot be negative`) };
  }
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, problem: problem('money.tooLarge', `金额“${value}”过大`, `The amount "${value}" is too large`) };
  }
  return { ok: true, fen: Number(fen) };
};

/**
 * Reads an amount in 元 ("1,234.56", "1234.5元", 1234.56) as integer fen.
 *
 * @example
 * parseYuanToFen('1,234.56') // { ok: true, fen: 123456 }
 */
export const parseYuanToFen = (value: string | number): FenResult =>
  toFen(value, fenPerYuanScale, /\s*元$/, '元', 'yuan');

/**
 * Reads an amount in 万元 ("12.3456", "1,200.5万元", 12.3456) as integer fen, exactly.
 *
 * @example
 * wanYuanToFen('12.3456') // { ok: true, fen: 12345600 }
 */
export const wanYuanToFen = (value: string | number): FenResult =>
  toFen(value, fenPerWanYuanScale, /\s*万元$/, '万元', '10,000 yuan');

/**
 * Shows fen in 万元 rounded half-up to `places` decimals (2 by default), for display.
 *
 * @example
 * fenToWanYuan(12345600) // '12.35'
 */
export const fenToWanYuan = (fen: number, places = 2): string =>
  formatDecimal(scaledToDecimal(BigInt(fen), fenPerWanYuanScale), places);

/**
 * Fen in 万元 without losing a fen: at least 2 decimals, up to 6, trailing zeros dropped beyond 2.
 *
 * @example
 * fenToWanYuanExact(12345600) // '12.3456'
 * fenToWanYuanExact(100000000) // '100.00'
 */
export const fenToWanYuanExact = (fen: number): string => {
  const exact = scaledToDecimal(BigInt(fen), fenPerWanYuanScale);
  return exact.replace(/(\.\d\d\d*?)0+$/, '$1');
};
