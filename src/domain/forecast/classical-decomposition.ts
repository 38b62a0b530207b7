// Classical decomposition's seasonal figure (R's decompose): a centred moving average of one
// season as the trend, then the mean detrended value per season position, normalised to sum 0
// (additive) or average 1 (multiplicative). Seeds ETS seasons and deseasonalises for Theta.

export type Decomposition = "additive" | "multiplicative";

/** Seasonal index per position t mod period, from at least two full seasons of values. */
export function seasonalFigure(
  values: readonly number[],
  period: number,
  kind: Decomposition,
): number[] {
  const trend = centredMovingAverage(values, period);
  const sums = new Array<number>(period).fill(0);
  const counts = new Array<number>(period).fill(0);
  for (let t = 0; t < values.length; t++) {
    if (Number.isNaN(trend[t])) continue;
    sums[t % period] += kind === "additive" ? values[t] - trend[t] : values[t] / trend[t];
    counts[t % period]++;
  }
  const figure = sums.map((s, i) => (counts[i] > 0 ? s / counts[i] : kind === "additive" ? 0 : 1));
  const mean = figure.reduce((s, v) => s + v, 0) / period;
  return figure.map((v) => (kind === "additive" ? v - mean : v / mean));
}

/**
 * A moving average centred on each point (a 2×period average when period is even, so it stays
 * centred); NaN where the window runs off either end.
 */
export function centredMovingAverage(values: readonly number[], period: number): number[] {
  const even = period % 2 === 0;
  const half = Math.floor(period / 2);
  return values.map((_, t) => {
    if (t - half < 0 || t + half >= values.length) return Number.NaN;
    let sum = 0;
    for (let k = -half; k <= half; k++) {
      const weight = even && Math.abs(k) === half ? 0.5 : 1;
      sum += weight * values[t + k];
    }
    return sum / period;
  });
}
