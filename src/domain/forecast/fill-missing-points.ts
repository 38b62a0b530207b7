// Completes a series with gaps the way FORECAST.ETS does by default: each missing point is
// interpolated between its neighbours, and too many gaps (over 30%) make the forecast #NUM!.

import { type Result, errorValue } from "../values";

export const MAX_MISSING_SHARE = 0.3;

/**
 * Leading and trailing gaps are dropped (there is no neighbour to interpolate from, and a
 * selection running past the data should not count as missing); inner gaps are filled linearly.
 */
export function fillMissingPoints(points: readonly (number | undefined)[]): Result<number[]> {
  const first = points.findIndex((p) => p !== undefined);
  if (first < 0) return [];
  let last = points.length - 1;
  while (points[last] === undefined) last--;
  const series = points.slice(first, last + 1);
  const missing = series.filter((p) => p === undefined).length;
  if (missing > MAX_MISSING_SHARE * series.length) {
    return errorValue(
      "#NUM!",
      `${missing} of ${series.length} history points are missing; at most 30% may be`,
    );
  }
  return interpolateGaps(series);
}

/** Linear interpolation across each run of gaps; both ends are known numbers. */
function interpolateGaps(series: readonly (number | undefined)[]): number[] {
  const out = series.map((p) => p ?? Number.NaN);
  let prev = 0;
  for (let i = 1; i < out.length; i++) {
    if (Number.isNaN(out[i])) continue;
    for (let j = prev + 1; j < i; j++) {
      out[j] = out[prev] + ((out[i] - out[prev]) * (j - prev)) / (i - prev);
    }
    prev = i;
  }
  return out;
}
