import type { RuleSet } from '../ruleSet/ruleSet';
import { ONE, add, clamp, exact, mul, sub, toFixed, toNumber } from '../values/decimal';

export interface TransferPaymentFactor {
  /** Multiplies the district's performance-linked transfer payment (转移支付). */
  factor: number;
  reason_zh: string;
  reason_en: string;
  rule: 'linkage.transferFactor';
}

/**
 * 财政运行综合绩效评价 → transfer-payment factor (RULES.md §6: lower-level governments' comprehensive
 * fiscal performance feeds transfer payments). Linear and explainable: `1 + perPoint × (score −
 * baseline)`, kept within [min, max]; defaults 80, 0.005, [0.9, 1.1]: 92 points → 1.06, 70 → 0.95,
 * 50 → 0.9 (floor).
 *
 * @example
 * transferPaymentFactor(92, ruleSet).factor // 1.06
 */
export const transferPaymentFactor = (score: number, ruleSet: RuleSet): TransferPaymentFactor => {
  const f = ruleSet.linkage.transferFactor;
  const raw = add(ONE, mul(exact(f.perPoint), sub(exact(score), exact(f.baseline))));
  const factor = clamp(raw, exact(f.min), exact(f.max));
  const shown = toFixed(factor, f.decimals);
  const capped = toFixed(raw, f.decimals) !== shown;
  return {
    factor: toNumber(factor, f.decimals),
    reason_zh: `综合绩效评价得分 ${score}，系数 = 1 + ${f.perPoint} ×（${score} − ${f.baseline}）${capped ? `，限定在 ${f.min}～${f.max} 之间` : ''} = ${shown}`,
    reason_en: `Comprehensive score ${score}: factor = 1 + ${f.perPoint} × (${score} − ${f.baseline})${capped ? `, kept within ${f.min} to ${f.max}` : ''} = ${shown}`,
    rule: 'linkage.transferFactor',
  };
};
