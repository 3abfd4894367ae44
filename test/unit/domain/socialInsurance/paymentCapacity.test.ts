import { describe, expect, it } from 'vitest';
import { paymentCapacity } from '../../../../domain/socialInsurance/paymentCapacity';
import { CapacityBands } from '../../../../domain/socialInsurance/paymentCapacityLevel';
import { defaultSocialInsuranceRules as rules } from '../../../../domain/ruleSet/socialInsuranceRules';

// 1,200,000 fen a year is 100,000 fen a month, so the balance in units of 100,000 is the months.
const at = (accumulatedBalanceFen: number) => paymentCapacity({ accumulatedBalanceFen, expenditureFen: 1_200_000 }, rules);

describe('paymentCapacity: months of payment capacity (RULES.md §7)', () => {
  it.each([
    [0, 0, 'insufficient', 'red'],
    [299_999, 2.99999, 'insufficient', 'red'],
    [300_000, 3, 'low', 'yellow'],
    [599_999, 5.99999, 'low', 'yellow'],
    [600_000, 6, 'reasonable', 'green'],
    [900_000, 9, 'reasonable', 'green'],
    [900_001, 9.00001, 'high', 'green'],
    [1_500_000, 15, 'high', 'green'],
    [1_500_001, 15.00001, 'excessive', 'yellow'],
  ] as const)('balance %d fen → %d months, %s (%s)', (balance, months, level, warning) => {
    expect(at(balance)).toEqual({ months, level, warning });
  });

  it('reads a negative balance as insufficient', () => {
    expect(at(-100_000)).toEqual({ months: -1, level: 'insufficient', warning: 'red' });
  });

  it('averages over the months the expenditure covers', () => {
    // Half a year's spending of 600,000 is 100,000 a month too.
    expect(paymentCapacity({ accumulatedBalanceFen: 600_000, expenditureFen: 600_000, months: 6 }, rules).months).toBe(6);
  });

  it('defines division by zero: no expenditure is excessive with money, insufficient without', () => {
    expect(paymentCapacity({ accumulatedBalanceFen: 1, expenditureFen: 0 }, rules)).toEqual({ months: null, level: 'excessive', warning: 'yellow' });
    expect(paymentCapacity({ accumulatedBalanceFen: 0, expenditureFen: 0 }, rules)).toEqual({ months: null, level: 'insufficient', warning: 'red' });
  });

  it('takes its bands from the rule set', () => {
    const pension = {
      ...rules,
      paymentCapacityBands: CapacityBands.parse([
        { from: 24, includesFrom: false, value: 'excessive' },
        { from: 12, includesFrom: true, value: 'reasonable' },
        { from: 0, includesFrom: true, value: 'insufficient' },
      ]),
    };
    expect(paymentCapacity({ accumulatedBalanceFen: 1_200_000, expenditureFen: 1_200_000 }, pension).level).toBe('reasonable');
    expect(paymentCapacity({ accumulatedBalanceFen: 1_100_000, expenditureFen: 1_200_000 }, pension).level).toBe('insufficient');
  });
});
