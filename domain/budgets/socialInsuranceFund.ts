import { z } from 'zod';
import { Year } from '../model/ids';
import { Fen } from '../model/money';
import type { Bilingual } from '../model/bilingual';

/** The social insurance funds of a region's 社会保险基金预算. */
export const socialInsuranceFunds = [
  'employeePension',
  'residentPension',
  'institutionPension',
  'employeeMedical',
  'residentMedical',
  'unemployment',
  'workInjury',
] as const;
export const SocialInsuranceFund = z.enum(socialInsuranceFunds);
export type SocialInsuranceFund = z.infer<typeof SocialInsuranceFund>;

export const socialInsuranceFundLabels: Record<SocialInsuranceFund, Bilingual> = {
  employeePension: { zh: '企业职工基本养老保险基金', en: 'Basic pension insurance fund for enterprise employees' },
  residentPension: { zh: '城乡居民基本养老保险基金', en: 'Basic pension insurance fund for urban and rural residents' },
  institutionPension: { zh: '机关事业单位基本养老保险基金', en: 'Basic pension insurance fund for public institutions' },
  employeeMedical: { zh: '职工基本医疗保险基金', en: 'Basic medical insurance fund for employees' },
  residentMedical: { zh: '城乡居民基本医疗保险基金', en: 'Basic medical insurance fund for urban and rural residents' },
  unemployment: { zh: '失业保险基金', en: 'Unemployment insurance fund' },
  workInjury: { zh: '工伤保险基金', en: 'Work injury insurance fund' },
};

/**
 * One year of a fund's accounts (决算 or, for the current year, 预算), in fen: total income and
 * expenditure, the accumulated balance at year end, and the parts the indicators of RULES.md §7
 * need (contributions due and collected, the fiscal subsidy).
 */
export const FundYearRecord = z
  .object({
    year: Year,
    incomeFen: Fen,
    expenditureFen: Fen,
    /** 年末累计结余 (negative for a fund in deficit). */
    accumulatedBalanceFen: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
    /** 应征缴 and 实际征缴 contributions. */
    contributionsDueFen: Fen,
    contributionsCollectedFen: Fen,
    /** 财政补贴收入. */
    subsidyFen: Fen,
  })
  .refine((r) => r.contributionsCollectedFen + r.subsidyFen <= r.incomeFen, {
    message: 'contributions collected and the subsidy are parts of income',
    path: ['incomeFen'],
    params: { message_zh: '实际征缴收入与财政补贴之和不能超过基金总收入' },
  });
export type FundYearRecord = z.infer<typeof FundYearRecord>;
