// What CRM.FORECAST projects: the ETS model chosen by AICc, and its prediction intervals. The
// dev half of the real-series test set (bench/forecast.bench.ts) chose this over the combination
// with damped ETS and Theta (forecast-combination), which forecast no better there.

import { forecastVariance } from "./ets-variance";
import { forecastEts } from "./ets-recursion";
import { type EtsSelection, selectEts } from "./ets-select";
import { specName } from "./ets-spec";
import { holtWintersForecast } from "./holt-winters-fallback";
import { normalQuantile } from "./normal-quantile";

export interface ForecastResult {
  readonly mean: number[];
  /** Analytical forecast-error variance per step of the model that made `mean`. */
  readonly variance: number[];
  /** e.g. "ETS(M,Ad,N)" or "Holt-Winters (A,A,A)". */
  readonly method: string;
  /** Every ETS model fitted, for combinations built on the same fits; absent in the fallback. */
  readonly selection?: EtsSelection;
}

export interface PredictionInterval {
  readonly lower: number[];
  readonly upper: number[];
}

/**
 * Scale of the Laplace distribution that the forecast errors of real series, divided by the
 * analytical standard deviation, follow on the dev split: their tails are far heavier than the
 * normal's (the normal ±z·σ interval covers 65% at 80% and 78% at 95% there, automatic ETS's
 * own intervals no better), because real series break trend in ways no fitted model foresees.
 */
export const ERROR_SCALE = 1.3;

export function forecastModel(
  values: readonly number[],
  period: number,
  horizon: number,
): ForecastResult {
  const selection = selectEts(values, period);
  // Too short to fit a damped trend is too short to choose among models at all.
  if (selection === undefined || !selection.fits.some((f) => f.spec.trend === "Ad")) {
    return holtWintersForecast(values, period, horizon);
  }
  const { best } = selection;
  const mean = forecastEts(best.spec, best.params, best.final, best.count, horizon);
  const variance = forecastVariance(best, mean);
  return { mean, variance, method: `ETS(${specName(best.spec)})`, selection };
}

/** forecast ± b·(−ln(1 − confidence))·σ_h: the central interval of Laplace(0, b·σ_h). */
export function predictionInterval(result: ForecastResult, confidence: number): PredictionInterval {
  const k = -ERROR_SCALE * Math.log(1 - confidence);
  const half = result.variance.map((v) => k * Math.sqrt(v));
  return {
    lower: result.mean.map((f, i) => f - half[i]),
    upper: result.mean.map((f, i) => f + half[i]),
  };
}

/** The textbook interval forecast ± z·σ_h, kept to show in the bench what calibration buys. */
export function normalInterval(result: ForecastResult, confidence: number): PredictionInterval {
  const z = normalQuantile((1 + confidence) / 2);
  return {
    lower: result.mean.map((f, i) => f - z * Math.sqrt(result.variance[i])),
    upper: result.mean.map((f, i) => f + z * Math.sqrt(result.variance[i])),
  };
}
