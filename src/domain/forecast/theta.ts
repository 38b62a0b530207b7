// The standard Theta method (Assimakopoulos & Nikolopoulos 2000, as Hyndman & Billah 2003 show
// it to be): simple exponential smoothing with drift equal to half the slope of the linear trend,
// on data seasonally adjusted by classical multiplicative decomposition when the M3 test says so.

import { seasonalFigure } from "./classical-decomposition";
import { fitEts } from "./ets-fit";
import { linearFit } from "./linear-fit";
import { isSeasonal } from "./seasonality-test";

export interface ThetaForecast {
  readonly mean: number[];
  readonly alpha: number;
  /** The drift per step, half the trend line's slope. */
  readonly drift: number;
  /** Seasonal indices used (empty when the series was not adjusted). */
  readonly figure: readonly number[];
}

/** SES's alpha and the level before the first point, on the seasonally adjusted series. */
export interface SesParameters {
  readonly alpha: number;
  readonly level0: number;
}

export function thetaForecast(
  values: readonly number[],
  period: number,
  horizon: number,
): ThetaForecast | undefined {
  const positive = values.every((v) => v > 0);
  const figure =
    positive && isSeasonal(values, period) ? seasonalFigure(values, period, "multiplicative") : [];
  const adjusted = deseasonalise(values, figure);
  // forecast::thetaf fits SES by maximum likelihood, initial level included.
  const ses = fitEts({ error: "A", trend: "N", season: "N", period: 0 }, adjusted);
  if (ses === undefined) return undefined;
  return thetaFromSes(values, figure, horizon, {
    alpha: ses.params.alpha,
    level0: ses.initial.level,
  });
}

/** Theta's forecast for given SES parameters and seasonal figure (empty: no adjustment). */
export function thetaFromSes(
  values: readonly number[],
  figure: readonly number[],
  horizon: number,
  { alpha, level0 }: SesParameters,
): ThetaForecast {
  const adjusted = deseasonalise(values, figure);
  const n = adjusted.length;
  let level = level0;
  for (const y of adjusted) level += alpha * (y - level);
  const drift = linearFit(adjusted).slope / 2;
  // The theta = 2 line's drift enters SES's flat forecast as b0·(h − 1 + (1 − (1 − α)^n)/α).
  const offset = (1 - (1 - alpha) ** n) / alpha;
  const mean = Array.from({ length: horizon }, (_, i) => {
    const season = figure.length === 0 ? 1 : figure[(n + i) % figure.length];
    return (level + drift * (i + offset)) * season;
  });
  return { mean, alpha, drift, figure };
}

function deseasonalise(values: readonly number[], figure: readonly number[]): readonly number[] {
  return figure.length === 0 ? values : values.map((v, t) => v / figure[t % figure.length]);
}
