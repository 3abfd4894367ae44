import { describe, expect, it } from 'vitest';
import { fitTrend, trendValue } from '../../../../domain/socialInsurance/fitTrend';
import { FundHistory, projectFund } from '../../../../domain/socialInsurance/projectFund';
import { defaultSocialInsuranceRules as rules } from '../../../../domain/ruleSet/socialInsuranceRules';

/**
 * A synthetic fund built from exact growth: income 1,000,000 fen in 2020 growing 10% a year,
 * expenditure 800,000 fen growing 20% a year, so 2020–2024 are whole fen and a log-linear fit
 * recovers both rates.
 */
const history = [0, 1, 2, 3, 4].map((t) => ({
  year: 2020 + t,
  incomeFen: (1_000_000 * 11 ** t) / 10 ** t,
  expenditureFen: (800_000 * 12 ** t) / 10 ** t,
}));

/** The same fund carried forward in exact rational arithmetic (BigInt, scaled by 10^t): the test's own answer. */
const exactRunOut = (openingFen: bigint, years: number): { year: number; balances: bigint[] } | null => {
  let balance = openingFen;
  const balances: bigint[] = [];
  let runOut: number | null = null;
  for (let t = 5; t < 5 + years; t++) {
    const scale = 10n ** BigInt(t);
    const income = (1_000_000n * 11n ** BigInt(t) * 2n + scale) / (2n * scale); // rounded half up to the fen
    const expenditure = (800_000n * 12n ** BigInt(t) * 2n + scale) / (2n * scale);
    balance += income - expenditure;
    balances.push(balance);
    if (runOut === null && balance < 0n) runOut = 2020 + t;
  }
  return runOut === null ? null : { year: runOut, balances };
};

describe('fitTrend', () => {
  it('recovers exact growth rates with a log-linear fit', () => {
    const income = fitTrend(history.map((y) => ({ year: y.year, value: y.incomeFen })), 3);
    const expenditure = fitTrend(history.map((y) => ({ year: y.year, value: y.expenditureFen })), 3);
    expect(income.method).toBe('growth');
    expect(income.method === 'growth' && income.growthRate).toBeCloseTo(0.1, 12);
    expect(expenditure.method === 'growth' && expenditure.growthRate).toBeCloseTo(0.2, 12);
    expect(trendValue(income, 2025)).toBeCloseTo(1_610_510, 4);
  });

  it('falls back to linear below the minimum number of points', () => {
    const trend = fitTrend([{ year: 2023, value: 100 }, { year: 2024, value: 130 }], 3);
    expect(trend.method).toBe('linear');
    expect(trendValue(trend, 2026)).toBeCloseTo(190, 10);
  });

  it('falls back to linear when a value is not positive, and never projects below zero', () => {
    const trend = fitTrend([{ year: 2022, value: 200 }, { year: 2023, value: 100 }, { year: 2024, value: 0 }], 3);
    expect(trend.method).toBe('linear');
    expect(trendValue(trend, 2025)).toBeCloseTo(0, 10); // the line is at −100; clamped
    expect(trendValue(trend, 2023)).toBeCloseTo(100, 10);
  });

  it('draws a flat line through a single year', () => {
    const trend = fitTrend([{ year: 2024, value: 500 }], 3);
    expect(trend).toMatchObject({ method: 'linear', slope: 0 });
    expect(trendValue(trend, 2034)).toBe(500);
  });
});

describe('projectFund (RULES.md §7)', () => {
  it('finds the run-out year that exact arithmetic predicts, and places it in the long term only', () => {
    const opening = 10_000_000;
    const expected = exactRunOut(BigInt(opening), rules.projection.horizons.long);
    expect(expected).not.toBeNull();
    // A clear crossing: the year before is well above zero and the run-out year well below.
    const index = expected!.year - 2025;
    expect(expected!.balances[index - 1]! > 1_000_000n).toBe(true);
    expect(expected!.balances[index]! < -100_000n).toBe(true);

    const projection = projectFund(FundHistory.parse({ history, accumulatedBalanceFen: opening }), rules);
    expect(projection.income.method).toBe('growth');
    expect(projection.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    projection.years.forEach((y, i) => expect(Math.abs(y.accumulatedBalanceFen - Number(expected!.balances[i]!))).toBeLessThanOrEqual(i + 1));
    expect(projection.runOutYear).toBe(expected!.year);
    expect(expected!.year).toBe(2031);
    expect(projection.terms).toEqual({
      short: { years: 3, untilYear: 2027, runOutYear: null },
      medium: { years: 5, untilYear: 2029, runOutYear: null },
      long: { years: 10, untilYear: 2034, runOutYear: 2031 },
    });
  });

  it('carries each year forward: current balance = income − expenditure, accumulated adds up', () => {
    const projection = projectFund({ history, accumulatedBalanceFen: 10_000_000 }, rules);
    let accumulated = 10_000_000;
    for (const y of projection.years) {
      expect(y.currentBalanceFen).toBe(y.incomeFen - y.expenditureFen);
      accumulated += y.currentBalanceFen;
      expect(y.accumulatedBalanceFen).toBe(accumulated);
      expect(Number.isInteger(y.incomeFen) && Number.isInteger(y.expenditureFen)).toBe(true);
    }
  });

  it('reports a run-out in the short term when the balance is thin', () => {
    const projection = projectFund({ history, accumulatedBalanceFen: 500_000 }, rules);
    expect(projection.runOutYear).toBe(2026); // 500,000 − 380,146 − 617,226 < 0
    expect(projection.terms.short.runOutYear).toBe(2026);
    expect(projection.terms.medium.runOutYear).toBe(2026);
  });

  it('reports null when the balance lasts beyond the long term', () => {
    const healthy = history.map((y) => ({ ...y, incomeFen: y.expenditureFen, expenditureFen: y.incomeFen }));
    const projection = projectFund({ history: healthy, accumulatedBalanceFen: 0 }, rules);
    expect(projection.runOutYear).toBeNull();
    expect(projection.terms.long.runOutYear).toBeNull();
  });

  it('refuses a history with a repeated year', () => {
    expect(FundHistory.safeParse({ history: [history[0], history[0]], accumulatedBalanceFen: 0 }).success).toBe(false);
  });
});
