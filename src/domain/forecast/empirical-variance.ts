// Forecast-error variance per horizon measured on the history itself: the fitted model is run
// forward from every point of the history and its h-step-ahead forecasts are compared with what
// followed. Unlike the analytical variance this sees the model's misspecification (a trend that
// bends, a season that drifts), which is what makes analytical ETS intervals too narrow on real
// series.

import type { EtsFit } from "./ets-fit";
import { copyEtsState, forecastEts, stepEts } from "./ets-recursion";

/** Fewer comparisons than this at a horizon is too few to estimate its variance. */
const MIN_SAMPLES = 8;

/**
 * Mean squared h-step error for h = 1…horizon (relative errors times the squared forecast for
 * multiplicative models); undefined past the last horizon with MIN_SAMPLES comparisons.
 */
export function empiricalVariance(
  fit: EtsFit,
  values: readonly number[],
  mean: readonly number[],
): (number | undefined)[] {
  const horizon = mean.length;
  const sums = new Array<number>(horizon).fill(0);
  const counts = new Array<number>(horizon).fill(0);
  const relative = fit.spec.error === "M";
  const state = copyEtsState(fit.initial);
  // Skip the first season or so, where the initial state still dominates.
  const warmup = Math.max(2 * fit.spec.period, 4);
  for (let t = 0; t < values.length; t++) {
    if (t >= warmup) {
      const ahead = forecastEts(
        fit.spec,
        fit.params,
        state,
        t,
        Math.min(horizon, values.length - t),
      );
      ahead.forEach((f, h) => {
        const e = relative ? (values[t + h] - f) / f : values[t + h] - f;
        sums[h] += e * e;
        counts[h]++;
      });
    }
    stepEts(fit.spec, fit.params, values[t], t, state);
  }
  return sums.map((s, h) =>
    counts[h] < MIN_SAMPLES ? undefined : (s / counts[h]) * (relative ? mean[h] ** 2 : 1),
  );
}
