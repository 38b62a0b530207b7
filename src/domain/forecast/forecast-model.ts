// What CRM.FORECAST projects: the combination of the AICc-selected ETS model, the best damped
// ETS model and Theta (chosen on the dev half of the real-series test set, see
// bench/forecast.bench.ts), with prediction intervals from the selected model's variance.

import { forecastVariance } from "./ets-variance";
import { type ForecastMembers, forecastMembers } from "./forecast-members";
import { holtWintersForecast } from "./holt-winters-fallback";
import { normalQuantile } from "./normal-quantile";

export interface ForecastResult {
  readonly mean: number[];
  /** Forecast-error variance per step, from the selected ETS model. */
  readonly variance: number[];
  /** e.g. "median(ETS(A,A,A), damped ETS(A,Ad,A), Theta)" — for the bench and the docs. */
  readonly method: string;
}

export interface PredictionInterval {
  readonly lower: number[];
  readonly upper: number[];
}

/** A one-step variance below this share of the data's mean square is an exact fit. */
const EXACT_FIT = 1e-20;

export function forecastModel(
  values: readonly number[],
  period: number,
  horizon: number,
): ForecastResult {
  const members = forecastMembers(values, period, horizon);
  if (members === undefined) return holtWintersForecast(values, period, horizon);
  const variance = forecastVariance(members.ets, members.etsMean);
  const meanSquare = values.reduce((s, v) => s + v * v, 0) / values.length;
  // A model that reproduces the history exactly is the history's rule; averaging it with
  // anything else could only move the forecast off it.
  if (members.ets.sigma2 <= EXACT_FIT * meanSquare) {
    return { mean: members.etsMean, variance, method: `ETS(${name(members)})` };
  }
  return {
    mean: combine(members),
    variance,
    method: `median(ETS(${name(members)}), damped, Theta)`,
  };
}

export function predictionInterval(result: ForecastResult, confidence: number): PredictionInterval {
  const z = normalQuantile((1 + confidence) / 2);
  const half = result.variance.map((v) => z * Math.sqrt(v));
  return {
    lower: result.mean.map((f, i) => f - half[i]),
    upper: result.mean.map((f, i) => f + half[i]),
  };
}

const name = (m: ForecastMembers): string =>
  `${m.ets.spec.error},${m.ets.spec.trend},${m.ets.spec.season}`;

function combine(m: ForecastMembers): number[] {
  return m.etsMean.map((e, i) => median3(e, m.dampedMean[i], m.thetaMean[i]));
}

const median3 = (a: number, b: number, c: number): number =>
  Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
