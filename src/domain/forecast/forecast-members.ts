// The forecasts a combination draws on, all from one pass of model fitting: the AICc-selected
// ETS model, the best damped-trend ETS model, and Theta; undefined for a history too short to
// fit a damped trend (under 8 points).

import type { EtsFit } from "./ets-fit";
import { forecastEts } from "./ets-recursion";
import { selectEts } from "./ets-select";
import { thetaForecast } from "./theta";

export interface ForecastMembers {
  readonly ets: EtsFit;
  readonly etsMean: number[];
  /** The damped-trend model with the least AICc (the selected one when it is damped). */
  readonly dampedMean: number[];
  readonly thetaMean: number[];
}

export function forecastMembers(
  values: readonly number[],
  period: number,
  horizon: number,
): ForecastMembers | undefined {
  const selection = selectEts(values, period);
  const theta = thetaForecast(values, period, horizon);
  if (selection === undefined || theta === undefined) return undefined;
  const project = (fit: EtsFit): number[] =>
    forecastEts(fit.spec, fit.params, fit.final, fit.count, horizon);
  // Too short for a damped trend is too short to choose among models at all.
  const damped = selection.fits.find((f) => f.spec.trend === "Ad");
  if (damped === undefined) return undefined;
  return {
    ets: selection.best,
    etsMean: project(selection.best),
    dampedMean: project(damped),
    thetaMean: theta.mean,
  };
}
