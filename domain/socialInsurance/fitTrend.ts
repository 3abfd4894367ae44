/**
 * A trend fitted on a fund's own history, in years centred on `centerYear`:
 * - `growth`: ln(value) = intercept + slope × (year − centerYear), i.e. constant yearly growth
 *   `growthRate = e^slope − 1`;
 * - `linear`: value = intercept + slope × (year − centerYear).
 */
export type Trend =
  | { method: 'growth'; centerYear: number; intercept: number; slope: number; growthRate: number }
  | { method: 'linear'; centerYear: number; intercept: number; slope: number };

/** Least squares of y on x: centring x makes the slope Σxy / Σx² and the intercept the mean of y. */
const leastSquares = (points: readonly { x: number; y: number }[]) => {
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sxx = points.reduce((s, p) => s + p.x * p.x, 0);
  const sxy = points.reduce((s, p) => s + p.x * (p.y - meanY), 0);
  return { intercept: meanY, slope: sxx === 0 ? 0 : sxy / sxx };
};

/**
 * Fits a trend by least squares (docs/cycle-rules.md): log-linear (constant growth) when there are at
 * least `minPointsForGrowthFit` years and every value is positive; otherwise linear, since a log needs
 * positive values and two points fix any growth rate without testing it. One point gives a flat line.
 *
 * @example
 * fitTrend([{ year: 2022, value: 100 }, { year: 2023, value: 110 }, { year: 2024, value: 121 }], 3).growthRate // 0.1 (to rounding)
 */
export const fitTrend = (history: readonly { year: number; value: number }[], minPointsForGrowthFit: number): Trend => {
  if (!history.length) throw new RangeError('fitTrend: no history');
  const centerYear = history.reduce((s, p) => s + p.year, 0) / history.length;
  const growth = history.length >= minPointsForGrowthFit && history.every((p) => p.value > 0);
  const { intercept, slope } = leastSquares(
    history.map((p) => ({ x: p.year - centerYear, y: growth ? Math.log(p.value) : p.value })),
  );
  return growth
    ? { method: 'growth', centerYear, intercept, slope, growthRate: Math.expm1(slope) }
    : { method: 'linear', centerYear, intercept, slope };
};

/** The trend's value in a year; a linear trend never goes below zero (a fund cannot have negative income or spending). */
export const trendValue = (trend: Trend, year: number): number => {
  const fitted = trend.intercept + trend.slope * (year - trend.centerYear);
  return trend.method === 'growth' ? Math.exp(fitted) : Math.max(0, fitted);
};
