import { describe, expect, it } from 'vitest';
import { fundIndicators } from '../../../../domain/socialInsurance/fundIndicators';

describe('fundIndicators (RULES.md §7)', () => {
  it('computes balance, 收支平衡率, 征缴率 and subsidy dependence from exact fen', () => {
    expect(
      fundIndicators({ incomeFen: 1_100_000_00, expenditureFen: 1_000_000_00, collectedFen: 95_000_00, dueFen: 100_000_00, subsidyFen: 22_000_000 }),
    ).toEqual({ currentBalanceFen: 10_000_000, balanceRate: 1.1, collectionRate: 0.95, subsidyDependence: 0.2 });
  });

  it('gives a negative current balance for a deficit', () => {
    expect(fundIndicators({ incomeFen: 90, expenditureFen: 100, collectedFen: 1, dueFen: 1, subsidyFen: 0 })).toMatchObject({
      currentBalanceFen: -10,
      balanceRate: 0.9,
      subsidyDependence: 0,
    });
  });

  it('defines division by zero as null, never NaN or Infinity', () => {
    expect(fundIndicators({ incomeFen: 0, expenditureFen: 0, collectedFen: 0, dueFen: 0, subsidyFen: 0 })).toEqual({
      currentBalanceFen: 0,
      balanceRate: null,
      collectionRate: null,
      subsidyDependence: null,
    });
  });
});
