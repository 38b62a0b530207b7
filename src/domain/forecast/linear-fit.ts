// Ordinary least-squares line through (t, values[t]), t = 0, 1, …; seeds the Holt-Winters trend
// and removes the trend before the seasonality search.

export interface Line {
  /** Value at t = 0. */
  readonly intercept: number;
  readonly slope: number;
}

export function linearFit(values: readonly number[]): Line {
  const n = values.length;
  const tMean = (n - 1) / 2;
  const yMean = values.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tMean) * (values[t] - yMean);
    sxx += (t - tMean) * (t - tMean);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: yMean - slope * tMean, slope };
}
