import type { SocialInsuranceFund } from '../domain/budgets/socialInsuranceFund';
import type { Policy } from '../domain/model/policy';
import type { StoredFundYear } from '../functions/store/socialInsuranceFundStore';
import { demoYear } from './seedData';

/**
 * Demo data for the budget cycle (ex-ante assessment of policies, social insurance fund risk) in 南通市.
 * Plausible figures for a city of about 7.7 million people, not published accounts.
 */

/** 万元 → fen (1 万元 = 1,000,000 fen). */
const wan = (wanYuan: number): number => wanYuan * 1_000_000;

export const demoPolicies: Policy[] = [
  {
    id: 'nt-edu-policy-2026-preschool',
    regionId: 'nantong',
    departmentId: 'nt-edu',
    year: demoYear,
    name_zh: '普惠性幼儿园生均公用经费补助政策',
    name_en: 'Per-pupil operating subsidy for affordable kindergartens',
    budgetType: 'general',
    isMajor: true,
    isNew: true,
    period: { from: 2026, to: 2028 },
    amountFen: wan(2800),
    wording: '对经认定的普惠性民办幼儿园，按在园幼儿人数给予生均公用经费补助，标准为每生每年 1200 元，由市、区两级财政按比例分担。',
  },
  {
    id: 'nt-agri-policy-2026-rice',
    regionId: 'nantong',
    departmentId: 'nt-agri',
    year: demoYear,
    name_zh: '稻谷种植补贴政策',
    name_en: 'Rice cultivation subsidy',
    budgetType: 'general',
    isMajor: false,
    isNew: false,
    period: { from: 2024, to: 2026 },
    amountFen: wan(1650),
    wording: '对实际种植稻谷的农户和新型农业经营主体，按核定种植面积给予每亩补贴，补贴资金通过"一卡通"发放。',
  },
];

// [year, income, expenditure, accumulated balance at year end] in 万元; the balance carries forward
// exactly (balanceₜ = balanceₜ₋₁ + income − expenditure).
type Row = [year: number, income: number, expenditure: number, balance: number];

const residentMedical: Row[] = [
  [2017, 385000, 352000, 298000], [2018, 408000, 379000, 327000], [2019, 431000, 405000, 353000],
  [2020, 452000, 418000, 387000], [2021, 476000, 461000, 402000], [2022, 498000, 489000, 411000],
  [2023, 521000, 522000, 410000], [2024, 545000, 553000, 402000], [2025, 568000, 584000, 386000],
  [2026, 592000, 612000, 366000],
];

const employeePension: Row[] = [
  [2017, 1420000, 1380000, 1890000], [2018, 1510000, 1495000, 1905000], [2019, 1580000, 1610000, 1875000],
  [2020, 1390000, 1720000, 1545000], [2021, 1690000, 1830000, 1405000], [2022, 1760000, 1945000, 1220000],
  [2023, 1850000, 2060000, 1010000], [2024, 1930000, 2180000, 760000], [2025, 2010000, 2300000, 470000],
  [2026, 2090000, 2420000, 140000],
];

/**
 * A fund's years: contributions and the fiscal subsidy as whole-万元 shares of income (residents'
 * medical insurance lives mostly on subsidies, the employees' pension mostly on contributions), and
 * contributions due a little above those collected.
 */
const fundYears = (fund: SocialInsuranceFund, rows: Row[], percent: { collected: number; subsidy: number; due: number }): StoredFundYear[] =>
  rows.map(([year, income, expenditure, balance]) => {
    const collected = Math.floor((income * percent.collected) / 100);
    return {
      regionId: 'nantong',
      fund,
      year,
      incomeFen: wan(income),
      expenditureFen: wan(expenditure),
      accumulatedBalanceFen: wan(balance),
      contributionsCollectedFen: wan(collected),
      contributionsDueFen: wan(Math.floor((collected * percent.due) / 100)),
      subsidyFen: wan(Math.floor((income * percent.subsidy) / 100)),
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'seed',
    };
  });

export const demoFundYears: StoredFundYear[] = [
  ...fundYears('residentMedical', residentMedical, { collected: 36, subsidy: 62, due: 102 }),
  ...fundYears('employeePension', employeePension, { collected: 76, subsidy: 15, due: 104 }),
];
