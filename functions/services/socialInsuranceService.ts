import { socialInsuranceFundLabels, type FundYearRecord, type SocialInsuranceFund } from '../../domain/budgets/socialInsuranceFund';
import type { Role } from '../../domain/model/role';
import { problem, type Problem } from '../../domain/problem';
import type { SocialInsuranceRules } from '../../domain/ruleSet/socialInsuranceRules';
import { fundIndicators, type FundIndicators } from '../../domain/socialInsurance/fundIndicators';
import { paymentCapacity, type PaymentCapacity } from '../../domain/socialInsurance/paymentCapacity';
import { paymentCapacityLevelLabels } from '../../domain/socialInsurance/paymentCapacityLevel';
import { projectFund, type FundProjection } from '../../domain/socialInsurance/projectFund';
import type { Principal } from '../../contract/principal';
import { forbidden, notFound } from '../errors/appError';
import { listFundYears, putFundYear, type StoredFundYear } from '../store/socialInsuranceFundStore';
import type { StoreContext } from '../store/storeContext';
import { currentRuleSet } from './ruleSetService';
import { visibilityOf } from './scope';
import type { Bilingual } from '../../domain/model/bilingual';

/**
 * Social insurance fund risk (社会保险基金预算, RULES.md §7): the finance bureau keeps each fund's
 * yearly accounts; everyone of the region reads, per fund and for the region's funds together, the
 * months of payment capacity, the year's indicators with their warnings, and the short, medium and
 * long-term projection with the year the balance would run out.
 */

const writeRoles: readonly Role[] = ['financeReviewer', 'financeAdmin'];

/** A warning of the fund view: the problem shape with a colour. */
export type FundWarning = Problem & { warning: 'red' | 'yellow' };

export interface FundRisk {
  /** A fund id, or `region` for all the region's funds together. */
  fund: SocialInsuranceFund | 'region';
  label: Bilingual;
  year: number;
  record: FundYearRecord;
  indicators: FundIndicators;
  paymentCapacity: PaymentCapacity;
  projection: Pick<FundProjection, 'runOutYear' | 'terms' | 'years'> & { incomeGrowth: number | null; expenditureGrowth: number | null };
  warnings: FundWarning[];
}

const regionLabel = { zh: '全部基金合计', en: 'All funds' };

const growthOf = (trend: FundProjection['income']): number | null => (trend.method === 'growth' ? trend.growthRate : null);

const warningsOf = (label: Bilingual, capacity: PaymentCapacity, indicators: FundIndicators, projection: FundProjection): FundWarning[] => {
  const warnings: FundWarning[] = [];
  const add = (warning: 'red' | 'yellow', p: Problem) => warnings.push({ ...p, warning });
  if (capacity.warning !== 'green') {
    const level = paymentCapacityLevelLabels[capacity.level];
    const months = capacity.months === null ? '—' : capacity.months.toFixed(1);
    add(capacity.warning, problem('socialInsurance.paymentCapacity', `${label.zh}可支付月数 ${months}：${level.zh}`, `${label.en}: ${months} months of payment capacity, ${level.en.toLowerCase()}`, {}, 'warning'));
  }
  if (indicators.currentBalanceFen < 0)
    add('yellow', problem('socialInsurance.currentDeficit', `${label.zh}当期收不抵支`, `${label.en}: expenditure exceeds income this year`, {}, 'warning'));
  const { short, medium, long } = projection.terms;
  const runOut = (warning: 'red' | 'yellow', term: Bilingual, year: number) =>
    add(warning, problem('socialInsurance.runOut', `${label.zh}按趋势预测将在 ${year} 年耗尽累计结余（${term.zh}）`, `${label.en}: on its trend the balance runs out in ${year} (${term.en})`, {}, 'warning'));
  if (short.runOutYear !== null) runOut('red', { zh: '短期', en: 'short term' }, short.runOutYear);
  else if (medium.runOutYear !== null) runOut('yellow', { zh: '中期', en: 'medium term' }, medium.runOutYear);
  else if (long.runOutYear !== null) runOut('yellow', { zh: '长期', en: 'long term' }, long.runOutYear);
  return warnings;
};

/** The risk reading of one fund (or the region's sum) from its history up to `year`. */
const riskOf = (
  fund: FundRisk['fund'],
  label: Bilingual,
  history: readonly FundYearRecord[],
  year: number,
  rules: SocialInsuranceRules,
): FundRisk | undefined => {
  const sorted = history.filter((r) => r.year <= year).sort((a, b) => a.year - b.year);
  const record = sorted[sorted.length - 1];
  if (record?.year !== year) return undefined;
  const indicators = fundIndicators({
    incomeFen: record.incomeFen,
    expenditureFen: record.expenditureFen,
    collectedFen: record.contributionsCollectedFen,
    dueFen: record.contributionsDueFen,
    subsidyFen: record.subsidyFen,
  });
  const capacity = paymentCapacity({ accumulatedBalanceFen: record.accumulatedBalanceFen, expenditureFen: record.expenditureFen }, rules);
  const projection = projectFund(
    { history: sorted.map((r) => ({ year: r.year, incomeFen: r.incomeFen, expenditureFen: r.expenditureFen })), accumulatedBalanceFen: record.accumulatedBalanceFen },
    rules,
  );
  return {
    fund,
    label,
    year,
    record,
    indicators,
    paymentCapacity: capacity,
    projection: {
      runOutYear: projection.runOutYear,
      terms: projection.terms,
      years: projection.years,
      incomeGrowth: growthOf(projection.income),
      expenditureGrowth: growthOf(projection.expenditure),
    },
    warnings: warningsOf(label, capacity, indicators, projection),
  };
};

/** The region's funds summed year by year, over the years every fund present in `year` has accounts for. */
const regionHistory = (byFund: Map<SocialInsuranceFund, FundYearRecord[]>, year: number): FundYearRecord[] => {
  const funds = [...byFund.values()].filter((records) => records.some((r) => r.year === year));
  if (!funds.length) return [];
  const years = [...new Set(funds.flatMap((records) => records.map((r) => r.year)))].filter((y) => y <= year && funds.every((records) => records.some((r) => r.year === y)));
  return years.map((y) => {
    const rows = funds.map((records) => records.find((r) => r.year === y)!);
    const sum = (field: keyof Omit<FundYearRecord, 'year'>) => rows.reduce((total, r) => total + r[field], 0);
    return {
      year: y,
      incomeFen: sum('incomeFen'),
      expenditureFen: sum('expenditureFen'),
      accumulatedBalanceFen: sum('accumulatedBalanceFen'),
      contributionsDueFen: sum('contributionsDueFen'),
      contributionsCollectedFen: sum('contributionsCollectedFen'),
      subsidyFen: sum('subsidyFen'),
    };
  });
};

/**
 * GET /v1/social-insurance/funds?year=: every fund of the caller's region with accounts for `year`,
 * then the region's funds together, each with its payment capacity, indicators, warnings and
 * projection under the region's rule set of the year.
 */
export const fundRiskReport = async (
  store: StoreContext,
  principal: Principal,
  year: number,
  meta: { now: Date; requestId: string },
): Promise<{ regionId: string; year: number; ruleSet: { id: string; version: number }; funds: FundRisk[]; region?: FundRisk }> => {
  if (visibilityOf(principal).kind === 'none') throw notFound('社会保险基金', 'Social insurance funds');
  const ruleSet = (await currentRuleSet(store, principal.regionId, year, meta)).data;
  const byFund = new Map<SocialInsuranceFund, FundYearRecord[]>();
  for (const stored of await listFundYears(store, principal.regionId)) {
    const { regionId: _r, fund, updatedAt: _a, updatedBy: _b, ...record } = stored;
    byFund.set(fund, [...(byFund.get(fund) ?? []), record]);
  }
  const funds = [...byFund.entries()].flatMap(([fund, records]) => riskOf(fund, socialInsuranceFundLabels[fund], records, year, ruleSet.socialInsurance) ?? []);
  const region = riskOf('region', regionLabel, regionHistory(byFund, year), year, ruleSet.socialInsurance);
  return { regionId: principal.regionId, year, ruleSet: { id: ruleSet.id, version: ruleSet.version }, funds, ...(region ? { region } : {}) };
};

/** PUT /v1/social-insurance/funds/{fund}/years/{year}: the finance bureau writes a year of a fund of its own region. */
export const saveFundYear = async (
  store: StoreContext,
  principal: Principal,
  input: { fund: SocialInsuranceFund; record: FundYearRecord },
  now: Date,
): Promise<StoredFundYear> => {
  if (!principal.roles.some((role) => writeRoles.includes(role))) throw forbidden('填报社会保险基金收支', 'write social insurance fund accounts');
  const stored: StoredFundYear = { ...input.record, regionId: principal.regionId, fund: input.fund, updatedAt: now.toISOString(), updatedBy: principal.subject };
  await putFundYear(store, stored);
  return stored;
};
