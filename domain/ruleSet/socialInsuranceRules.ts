import { z } from 'zod';
import { CapacityBands, PaymentCapacityLevel, Warning } from '../socialInsurance/paymentCapacityLevel';

/**
 * Social insurance fund budget rules (社会保险基金预算, RULES.md §7). Every number is a default a
 * finance administrator may change per region, year and fund.
 */
export const SocialInsuranceRules = z.object({
  /**
   * Months of payment capacity: `< 3` insufficient, `[3, 6)` low, `[6, 9]` reasonable,
   * `(9, 15]` high but acceptable, `> 15` excessive.
   */
  paymentCapacityBands: CapacityBands,
  /** The warning each level raises: too little money is red, too much idle money is yellow. */
  levelWarnings: z.record(PaymentCapacityLevel, Warning),
  projection: z.object({
    /** Years ahead for the short (1–3 y), medium (5 y) and long (10+ y) terms. */
    horizons: z.object({
      short: z.number().int().min(1).max(3),
      medium: z.number().int().min(4).max(9),
      long: z.number().int().min(10).max(50),
    }),
    /** Fewest history years for a log-linear (constant growth) fit; fewer fall back to linear. */
    minPointsForGrowthFit: z.number().int().min(2).max(20),
  }),
});
export type SocialInsuranceRules = z.infer<typeof SocialInsuranceRules>;

export const defaultSocialInsuranceRules: SocialInsuranceRules = {
  paymentCapacityBands: [
    { from: 15, includesFrom: false, value: 'excessive' },
    { from: 9, includesFrom: false, value: 'high' },
    { from: 6, includesFrom: true, value: 'reasonable' },
    { from: 3, includesFrom: true, value: 'low' },
    { from: 0, includesFrom: true, value: 'insufficient' },
  ],
  levelWarnings: { insufficient: 'red', low: 'yellow', reasonable: 'green', high: 'green', excessive: 'yellow' },
  projection: {
    horizons: { short: 3, medium: 5, long: 10 },
    minPointsForGrowthFit: 3,
  },
};
