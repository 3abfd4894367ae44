import { ratio } from '../monitoring/ratio';
import type { SocialInsuranceRules } from '../ruleSet/socialInsuranceRules';
import { capacityLevelOf, type PaymentCapacityLevel, type Warning } from './paymentCapacityLevel';

export interface PaymentCapacity {
  /** 可支付月数; null when nothing is spent (a positive balance then covers any number of months). */
  months: number | null;
  level: PaymentCapacityLevel;
  warning: Warning;
}

/**
 * Months of payment capacity (RULES.md §7) = accumulated balance / average monthly expenditure, where
 * the average is `expenditureFen / months` over the period the expenditure covers (12 for a year).
 * Computed as one exact fraction `balance × months / expenditure`. Division by zero is defined: with
 * no expenditure a positive balance is excessive and an empty one insufficient.
 *
 * @example
 * paymentCapacity({ accumulatedBalanceFen: 900_000, expenditureFen: 1_200_000 }, defaultSocialInsuranceRules)
 * // { months: 9, level: 'reasonable', warning: 'green' }
 */
export const paymentCapacity = (
  amounts: { accumulatedBalanceFen: number; expenditureFen: number; months?: number },
  rules: Pick<SocialInsuranceRules, 'paymentCapacityBands' | 'levelWarnings'>,
): PaymentCapacity => {
  const { accumulatedBalanceFen: balance, expenditureFen, months: period = 12 } = amounts;
  const withLevel = (months: number | null, level: PaymentCapacityLevel): PaymentCapacity => ({
    months,
    level,
    warning: rules.levelWarnings[level],
  });
  if (expenditureFen === 0) return withLevel(null, balance > 0 ? 'excessive' : 'insufficient');
  const months = ratio(BigInt(balance) * BigInt(period), BigInt(expenditureFen));
  return withLevel(months, capacityLevelOf(rules.paymentCapacityBands, months));
};
