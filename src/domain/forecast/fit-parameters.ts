// Chooses alpha, beta, gamma by minimising the in-sample sum of squared one-step errors: a coarse
// grid over [0,1]^d (so a poor local basin is not picked by chance), then Nelder–Mead from the best.

import { type HoltWintersState, type SmoothingParameters, copyState, smooth } from "./holt-winters";
import { nelderMeadUnitBox } from "./nelder-mead";

const GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

export interface FittedParameters extends SmoothingParameters {
  /** In-sample sum of squared one-step errors at these parameters. */
  readonly sse: number;
}

export function fitParameters(values: readonly number[], init: HoltWintersState): FittedParameters {
  const seasonal = init.season.length > 0;
  const toParams = (p: readonly number[]): SmoothingParameters => ({
    alpha: p[0],
    beta: p[1],
    gamma: seasonal ? p[2] : 0,
  });
  const sse = (p: readonly number[]): number => {
    const value = smooth(values, copyState(init), toParams(p));
    return Number.isFinite(value) ? value : Number.MAX_VALUE;
  };
  const start = bestGridPoint(sse, seasonal ? 3 : 2);
  const { point, value } = nelderMeadUnitBox(sse, start.point);
  const best = value <= start.value ? point : start.point;
  return { ...toParams(best), sse: Math.min(value, start.value) };
}

/** Exhaustive search of GRID^dimensions; ties keep the first (smallest) point, so it is stable. */
function bestGridPoint(
  f: (p: readonly number[]) => number,
  dimensions: number,
): { point: number[]; value: number } {
  let best = { point: new Array<number>(dimensions).fill(0), value: Number.POSITIVE_INFINITY };
  const visit = (prefix: number[]): void => {
    if (prefix.length === dimensions) {
      const value = f(prefix);
      if (value < best.value) best = { point: [...prefix], value };
      return;
    }
    for (const g of GRID) visit([...prefix, g]);
  };
  visit([]);
  return best;
}
