import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/**
 * How many months of expenditure a fund's accumulated balance covers (可支付月数), in five levels
 * (RULES.md §7; medical fund defaults after 人社部发〔2009〕67号).
 */
export const paymentCapacityLevels = ['insufficient', 'low', 'reasonable', 'high', 'excessive'] as const;
export const PaymentCapacityLevel = z.enum(paymentCapacityLevels);
export type PaymentCapacityLevel = z.infer<typeof PaymentCapacityLevel>;

/** A warning colour (预警, GLOSSARY.md): red, yellow or green. */
export const Warning = z.enum(['red', 'yellow', 'green']);
export type Warning = z.infer<typeof Warning>;

export const paymentCapacityLevelLabels: Record<PaymentCapacityLevel, Bilingual> = {
  insufficient: { zh: '支付能力不足', en: 'Insufficient' },
  low: { zh: '支付能力偏低', en: 'Low' },
  reasonable: { zh: '结余合理', en: 'Reasonable' },
  high: { zh: '结余偏高但可接受', en: 'High but acceptable' },
  excessive: { zh: '结余过多', en: 'Excessive' },
};

/**
 * A band whose lower end is either included (`≥ from`) or not (`> from`). RULES.md §7 closes the
 * reasonable range at both ends (`[6, 9]`) and calls only `> 15` excessive, so 9 and 15 belong to the
 * band below them while 3 and 6 belong to the band above: plain half-open bands cannot say that.
 */
export const CapacityBands = z
  .array(z.object({ from: z.number().finite(), includesFrom: z.boolean(), value: PaymentCapacityLevel }))
  .min(1)
  .refine((bands) => bands.every((b, i) => i === 0 || b.from < bands[i - 1]!.from), {
    message: 'bands must be listed from the highest lower bound down, without repeats',
  });
export type CapacityBands = z.infer<typeof CapacityBands>;

/**
 * The level of a number of months; values under the lowest bound fall in the lowest band.
 *
 * @example
 * capacityLevelOf(defaultSocialInsuranceRules.paymentCapacityBands, 9) // 'reasonable'
 */
export const capacityLevelOf = (bands: CapacityBands, months: number): PaymentCapacityLevel => {
  for (const band of bands) if (band.includesFrom ? months >= band.from : months > band.from) return band.value;
  const lowest = bands[bands.length - 1];
  if (!lowest) throw new Error('capacityLevelOf: no bands');
  return lowest.value;
};
