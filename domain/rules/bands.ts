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

/** The band a value falls in; values under the lowest bound fall in the lowest band. */
export const bandOf = <T extends string>(bands: readonly Band<T>[], value: number): T => {
  for (const band of bands) if (value >= band.from) return band.value;
  const lowest = bands[bands.length - 1];
  if (!lowest) throw new Error('bandOf: no bands');
  return lowest.value;
};
