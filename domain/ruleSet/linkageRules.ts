import { z } from 'zod';
import { Grade } from '../scoring/grade';

/** What a grade means for next year's budget (RULES.md §6). */
export const linkageActions = ['priority', 'keep', 'cut', 'cutOrCancel'] as const;
export const LinkageAction = z.enum(linkageActions);
export type LinkageAction = z.infer<typeof LinkageAction>;

const Percent = z.number().min(0).max(100);

export const LinkageRow = z.object({
  action: LinkageAction,
  /** Cut of next year's budget, in percent of this year's adjusted budget. */
  cutPercent: Percent,
  /** 整改: the department must rectify and report. */
  rectification: z.boolean(),
  /** No new project of the same kind next year. */
  noNewOfSameKind: z.boolean(),
});
export type LinkageRow = z.infer<typeof LinkageRow>;

/**
 * Application of results (结果应用, RULES.md §6; 中发〔2018〕34号). No published Nantong percentages
 * were found, so the default table is illustrative and meant to be replaced by each region.
 */
export const LinkageRules = z.object({
  table: z.record(Grade, LinkageRow),
  /** Execution rate below this → next year's budget is cut by the unspent share. */
  executionThreshold: z.number().min(0).max(1),
  /** Money unspent for this many years or more is recovered (收回统筹). */
  idleYears: z.number().int().min(1),
  /**
   * 财政运行综合绩效评价 → transfer-payment factor: `1 + perPoint × (score − baseline)`, kept within
   * [min, max] and rounded to `decimals`. A district at the baseline keeps its transfer unchanged.
   */
  transferFactor: z
    .object({
      baseline: z.number().min(0).max(100),
      perPoint: z.number().min(0).max(1),
      min: z.number().min(0),
      max: z.number().min(0),
      decimals: z.number().int().min(0).max(6),
    })
    .refine((f) => f.min <= 1 && 1 <= f.max, { message: 'the factor range must contain 1' }),
});
export type LinkageRules = z.infer<typeof LinkageRules>;

export const defaultLinkageRules: LinkageRules = {
  table: {
    excellent: { action: 'priority', cutPercent: 0, rectification: false, noNewOfSameKind: false },
    good: { action: 'keep', cutPercent: 0, rectification: false, noNewOfSameKind: false },
    fair: { action: 'cut', cutPercent: 10, rectification: true, noNewOfSameKind: false },
    poor: { action: 'cutOrCancel', cutPercent: 50, rectification: true, noNewOfSameKind: true },
  },
  executionThreshold: 0.8,
  idleYears: 2,
  transferFactor: { baseline: 80, perPoint: 0.005, min: 0.9, max: 1.1, decimals: 4 },
};
