import { z } from 'zod';
import { Year } from '../model/ids';
import { Fen } from '../model/money';
import type { SocialInsuranceRules } from '../ruleSet/socialInsuranceRules';
import { fitTrend, trendValue, type Trend } from './fitTrend';

/** A year of a fund's history: total income and total expenditure, in fen. */
export const FundYear = z.object({ year: Year, incomeFen: Fen, expenditureFen: Fen });
export type FundYear = z.infer<typeof FundYear>;

/** What a projection starts from: the fund's history and its accumulated balance at the end of the last year. */
export const FundHistory = z.object({
  history: z
    .array(FundYear)
    .min(1)
    .max(100)
    .refine((years) => new Set(years.map((y) => y.year)).size === years.length, { message: 'one entry per year' }),
  /** 累计结余 at the end of the last history year, in fen (negative for a fund in deficit). */
  accumulatedBalanceFen: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
});
export type FundHistory = z.infer<typeof FundHistory>;

export interface ProjectedYear {
  year: number;
  incomeFen: number;
  expenditureFen: number;
  /** 当期结余 = income − expenditure. */
  currentBalanceFen: number;
  /** 累计结余 at the end of the year. */
  accumulatedBalanceFen: number;
}

export interface FundProjection {
  income: Trend;
  expenditure: Trend;
  /** Year by year, from the year after the history to the end of the long term. */
  years: ProjectedYear[];
  /** The first year whose accumulated balance ends below zero; null if none within the long term. */
  runOutYear: number | null;
  /** Short, medium and long terms: their last year and the run-out year within each (or null). */
  terms: Record<'short' | 'medium' | 'long', { years: number; untilYear: number; runOutYear: number | null }>;
}

/**
 * Projects a fund's income, expenditure and balance (RULES.md §7; method in docs/cycle-rules.md):
 * fits income and expenditure separately on the fund's own history (`fitTrend`), rounds each
 * projected year to whole fen, carries the accumulated balance forward year by year, and reports the
 * year the balance would run out for the short, medium and long terms of `rules.projection.horizons`.
 *
 * @example
 * projectFund({ history, accumulatedBalanceFen: 10_000_000 }, defaultSocialInsuranceRules).terms.long.runOutYear // 2031
 */
export const projectFund = (input: FundHistory, rules: Pick<SocialInsuranceRules, 'projection'>): FundProjection => {
  const history = [...input.history].sort((a, b) => a.year - b.year);
  const { horizons, minPointsForGrowthFit } = rules.projection;
  const income = fitTrend(history.map((y) => ({ year: y.year, value: y.incomeFen })), minPointsForGrowthFit);
  const expenditure = fitTrend(history.map((y) => ({ year: y.year, value: y.expenditureFen })), minPointsForGrowthFit);

  const lastYear = history[history.length - 1]!.year;
  const years: ProjectedYear[] = [];
  let accumulated = input.accumulatedBalanceFen;
  for (let year = lastYear + 1; year <= lastYear + horizons.long; year++) {
    const incomeFen = Math.round(trendValue(income, year));
    const expenditureFen = Math.round(trendValue(expenditure, year));
    accumulated += incomeFen - expenditureFen;
    years.push({ year, incomeFen, expenditureFen, currentBalanceFen: incomeFen - expenditureFen, accumulatedBalanceFen: accumulated });
  }

  const runOutYear = years.find((y) => y.accumulatedBalanceFen < 0)?.year ?? null;
  const term = (span: number) => {
    const untilYear = lastYear + span;
    return { years: span, untilYear, runOutYear: runOutYear !== null && runOutYear <= untilYear ? runOutYear : null };
  };
  return {
    income,
    expenditure,
    years,
    runOutYear,
    terms: { short: term(horizons.short), medium: term(horizons.medium), long: term(horizons.long) },
  };
};
