// The forecast for histories too short to fit and compare ETS models (fewer points than the
// simplest model has parameters): additive Holt-Winters fitted by least squares, as
// CRM.FORECAST always did, with the analytical ETS(A,A,A) variance of the same recursions.

import { forecastVariance } from "./ets-variance";
import { fitParameters } from "./fit-parameters";
import type { ForecastResult } from "./forecast-model";
import { copyState, initialState, project, smooth } from "./holt-winters";

export function holtWintersForecast(
  values: readonly number[],
  period: number,
  horizon: number,
): ForecastResult {
  const state = initialState(values, period);
  const fitted = fitParameters(values, copyState(state));
  const sse = smooth(values, state, fitted);
  const mean = project(state, values.length, horizon);
  // Holt-Winters' trend gain alpha·beta is ETS's beta; sigma² over the points left after the
  // smoothing parameters, never fewer than one.
  const sigma2 = sse / Math.max(1, values.length - (period > 0 ? 3 : 2));
  const variance = forecastVariance(
    {
      spec: { error: "A", trend: "A", season: period > 0 ? "A" : "N", period },
      params: {
        alpha: fitted.alpha,
        beta: fitted.alpha * fitted.beta,
        gamma: fitted.gamma,
        phi: 1,
      },
      sigma2,
    },
    mean,
  );
  return { mean, variance, method: "Holt-Winters (A,A,A)" };
}
