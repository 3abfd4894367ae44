import { z } from 'zod';

/**
 * Half-open bands (RULES.md preamble): each band holds values ≥ its `from`, up to the next band's
 * `from`; the top band also holds its own upper end. So 89.99 is 良 and 90 is 优, and no value
 * falls between two bands.
 *
 * @example
 * bandOf([{ from: 90, value: 'excellent' }, { from: 80, value: 'good' }, { from: 0, value: 'poor' }], 89.99) // 'good'
 */
export interface Band<T extends string> {
  from: number;
  value: T;
}

/** A zod schema for a list of bands over the given values, highest first, strictly decreasing. */
export const Bands = <T extends string>(values: z.ZodType<T>) =>
  z
    .array(z.object({ from: z.number().finite(), value: values }))
    .min(1)
    .refine((bands) => bands.every((b, i) => i === 0 || b.from < bands[i - 1]!.from), {
      message: 'bands must be listed from the highest lower bound down, without repeats',
    });

/**
 * Bands over a score on [0, 100] (RULES.md §2 "Grade and conclusion bands must cover [0, 100] without
 * gaps or overlaps"): the lowest band starts at 0 and every bound lies in [0, 100], so every score has
 * exactly one band. Only 优 and 良 (lowest from 80) would grade a 50 as 良, so it is refused when saved.
 */
export const ScoreBands = <T extends string>(values: z.ZodType<T>) =>
  Bands(values)
    .refine((bands) => bands[bands.length - 1]?.from === 0, {
      message: 'the lowest band must start at 0, so that every score from 0 to 100 has a band',
    })
    .refine((bands) => bands.every((b) => b.from >= 0 && b.from <= 100), {
      message: 'every band must start between 0 and 100',
    });

/** The band a value falls in; values under the lowest bound fall in the lowest band. */
export const bandOf = <T extends string>(bands: readonly Band<T>[], value: number): T => {
  for (const band of bands) if (value >= band.from) return band.value;
  const lowest = bands[bands.length - 1];
  if (!lowest) throw new Error('bandOf: no bands');
  return lowest.value;
};
