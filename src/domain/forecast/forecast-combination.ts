// The combination the M3/M4 results recommend, measured against the selected ETS model on the
// real-series test set: the median of the AICc-selected ETS model, the best damped-trend ETS
// model and Theta, all from the same fits. On the dev split it forecast no better than the
// selected model alone, so CRM.FORECAST does not use it; the bench keeps measuring it.

import type { EtsFit } from "./ets-fit";
import { forecastEts } from "./ets-recursion";
import type { EtsSelection } from "./ets-select";
import { thetaForecast } from "./theta";

export interface CombinedForecast {
  readonly mean: number[];
  readonly dampedMean: number[];
  readonly thetaMean: number[];
}

export function combinedForecast(
  values: readonly number[],
  period: number,
  horizon: number,
  selection: EtsSelection,
): CombinedForecast | undefined {
  const theta = thetaForecast(values, period, horizon);
  const damped = selection.fits.find((f) => f.spec.trend === "Ad");
  if (theta === undefined || damped === undefined) return undefined;
  const project = (fit: EtsFit): number[] =>
    forecastEts(fit.spec, fit.params, fit.final, fit.count, horizon);
  const ets = project(selection.best);
  const dampedMean = project(damped);
  const mean = ets.map((e, i) => median3(e, dampedMean[i], theta.mean[i]));
  return { mean, dampedMean, thetaMean: theta.mean };
}

const median3 = (a: number, b: number, c: number): number =>
  Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
