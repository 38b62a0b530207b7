// Additive Holt-Winters (ETS AAA): level, trend and season each corrected by the one-step error.
// Period 0 is Holt's linear method (no season). Pure arithmetic; fitting lives in fit-parameters.

import { linearFit } from "./linear-fit";

export interface SmoothingParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
}

export interface HoltWintersState {
  level: number;
  trend: number;
  /** season[t mod period] is the seasonal term for time t; empty when there is no season. */
  readonly season: number[];
}

/** How many leading points seed the trend of a non-seasonal series. */
const SEED_POINTS = 10;

/**
 * State before the first point. Seasonal: trend from the means of the first and last complete
 * seasons, season terms averaged over all complete seasons around each season's own mean.
 * Non-seasonal: a least-squares line through the first points.
 */
export function initialState(values: readonly number[], period: number): HoltWintersState {
  if (period === 0) {
    const { intercept, slope } = linearFit(values.slice(0, SEED_POINTS));
    return { level: intercept - slope, trend: slope, season: [] };
  }
  const seasons = Math.floor(values.length / period);
  const means: number[] = [];
  for (let j = 0; j < seasons; j++) {
    const chunk = values.slice(j * period, (j + 1) * period);
    means.push(chunk.reduce((s, v) => s + v, 0) / period);
  }
  const trend = (means[seasons - 1] - means[0]) / ((seasons - 1) * period);
  const centre = (period - 1) / 2;
  const season = new Array<number>(period).fill(0);
  for (let j = 0; j < seasons; j++) {
    for (let i = 0; i < period; i++) {
      season[i] += (values[j * period + i] - means[j] - trend * (i - centre)) / seasons;
    }
  }
  return { level: means[0] - trend * (centre + 1), trend, season };
}

/** Runs the recursions over the series, updating state; returns the sum of squared one-step errors. */
export function smooth(
  values: readonly number[],
  state: HoltWintersState,
  { alpha, beta, gamma }: SmoothingParameters,
): number {
  const period = state.season.length;
  let sse = 0;
  for (let t = 0; t < values.length; t++) {
    const slot = period === 0 ? -1 : t % period;
    const seasonal = slot < 0 ? 0 : state.season[slot];
    const error = values[t] - (state.level + state.trend + seasonal);
    sse += error * error;
    state.level += state.trend + alpha * error;
    state.trend += alpha * beta * error;
    if (slot >= 0) state.season[slot] = seasonal + gamma * error;
  }
  return sse;
}

/** Point forecasts for the `horizon` steps after the last of `count` smoothed points. */
export function project(state: HoltWintersState, count: number, horizon: number): number[] {
  const period = state.season.length;
  const out: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const seasonal = period === 0 ? 0 : state.season[(count - 1 + h) % period];
    out.push(state.level + h * state.trend + seasonal);
  }
  return out;
}

export function copyState(state: HoltWintersState): HoltWintersState {
  return { level: state.level, trend: state.trend, season: [...state.season] };
}
