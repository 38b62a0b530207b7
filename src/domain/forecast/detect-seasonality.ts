// Finds a season length the way FORECAST.ETS describes its detection: the lag with the strongest
// significant autocorrelation peak among 2..n/2 of the detrended series; none means no season.

import { linearFit } from "./linear-fit";

/** Residual variation below this share of the raw variation is rounding noise, not a pattern. */
const FLAT_RESIDUAL = 1e-12;

/** The season length, or 0 when the series shows none. */
export function detectSeasonality(values: readonly number[]): number {
  const n = values.length;
  const maxLag = Math.floor(n / 2);
  if (maxLag < 2) return 0;
  const residuals = detrend(values);
  if (sumOfSquaredDeviations(residuals) <= FLAT_RESIDUAL * sumOfSquaredDeviations(values)) return 0;
  const acf = autocorrelations(residuals, Math.min(maxLag + 1, n - 1));
  if (acf === undefined) return 0;
  // ±1.96/√n is the usual 95% band for the autocorrelation of a patternless series.
  const significant = 1.96 / Math.sqrt(n);
  let best = 0;
  for (let lag = 2; lag <= maxLag; lag++) {
    const isPeak = acf[lag] > acf[lag - 1] && (lag + 1 >= acf.length || acf[lag] >= acf[lag + 1]);
    if (isPeak && acf[lag] > significant && (best === 0 || acf[lag] > acf[best])) best = lag;
  }
  return best;
}

function detrend(values: readonly number[]): number[] {
  const { intercept, slope } = linearFit(values);
  return values.map((v, t) => v - (intercept + slope * t));
}

/**
 * r_k = Σ (x_t − x̄)(x_{t+k} − x̄) / Σ (x_t − x̄)² for k = 0..maxLag; undefined when the series is
 * flat. Dividing by the full sum (not per-lag counts) damps long lags, favouring the true period
 * over its multiples.
 */
export function autocorrelations(values: readonly number[], maxLag: number): number[] | undefined {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const dev = values.map((v) => v - mean);
  const denom = dev.reduce((s, d) => s + d * d, 0);
  if (denom === 0) return undefined;
  const acf: number[] = [];
  for (let k = 0; k <= maxLag; k++) {
    let sum = 0;
    for (let t = 0; t + k < n; t++) sum += dev[t] * dev[t + k];
    acf.push(sum / denom);
  }
  return acf;
}

function sumOfSquaredDeviations(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) * (v - mean), 0);
}
