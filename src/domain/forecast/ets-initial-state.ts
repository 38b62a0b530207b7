// Heuristic initial states, as forecast::ets's initstate: the season from a classical
// decomposition of the first three seasons, then level and trend from a least-squares line
// through the first points of the seasonally adjusted series.

import { seasonalFigure } from "./classical-decomposition";
import type { EtsState } from "./ets-recursion";
import type { EtsSpec } from "./ets-spec";
import { linearFit } from "./linear-fit";

export function heuristicState(spec: EtsSpec, values: readonly number[]): EtsState {
  const m = spec.period;
  const season =
    spec.season === "N"
      ? []
      : seasonalFigure(
          values.slice(0, Math.min(values.length, 3 * m)),
          m,
          spec.season === "A" ? "additive" : "multiplicative",
        );
  const adjusted = values.map((v, t) =>
    spec.season === "N" ? v : spec.season === "A" ? v - season[t % m] : v / season[t % m],
  );
  const head = adjusted.slice(0, Math.min(Math.max(10, 2 * m), adjusted.length));
  if (spec.trend === "N") {
    return { level: head.reduce((s, v) => s + v, 0) / head.length, trend: 0, season };
  }
  // linearFit's intercept is the value at t = 0; the state before the first point is one step back.
  const { intercept, slope } = linearFit(head);
  return { level: intercept - slope, trend: slope, season };
}
