// The initial state that minimises the sum of squared one-step errors of an additive model for
// given smoothing parameters. In a linear model each error is affine in the initial state, so
// the optimum is a least-squares solve rather than more dimensions for Nelder–Mead: forecast::ets
// searches these states numerically; solving them exactly is faster and never worse.

import { type EtsParameters, type EtsState, copyEtsState, runEts } from "./ets-recursion";
import type { EtsSpec } from "./ets-spec";
import { solveLinear } from "./solve-linear";

/** Whether every error is affine in the initial state (additive error, trend and season). */
export const isLinearSpec = (spec: EtsSpec): boolean => spec.error === "A" && spec.season !== "M";

export function leastSquaresState(
  spec: EtsSpec,
  p: EtsParameters,
  values: readonly number[],
): EtsState | undefined {
  const basis = stateBasis(spec);
  const base = errorsFrom(spec, p, values, zeroState(spec));
  const zeros = new Array<number>(values.length).fill(0);
  const columns = basis.map((b) => errorsFrom(spec, p, zeros, b));
  const k = basis.length;
  const normal = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rhs = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) normal[i][j] = dot(columns[i], columns[j]);
    for (let j = 0; j < i; j++) normal[i][j] = normal[j][i];
    rhs[i] = -dot(columns[i], base);
  }
  // A tiny ridge keeps a near-collinear design (a very short series) solvable.
  const ridge = 1e-12 * normal.reduce((s, row, i) => s + row[i], 0);
  normal.forEach((row, i) => (row[i] += ridge));
  const theta = solveLinear(normal, rhs);
  if (theta === undefined || theta.some((v) => !Number.isFinite(v))) return undefined;
  return combine(spec, basis, theta);
}

function errorsFrom(
  spec: EtsSpec,
  p: EtsParameters,
  values: readonly number[],
  state: EtsState,
): number[] {
  const errors = new Array<number>(values.length);
  runEts(spec, p, values, copyEtsState(state), errors);
  return errors;
}

const zeroState = (spec: EtsSpec): EtsState => ({
  level: 0,
  trend: 0,
  season: new Array<number>(spec.period).fill(0),
});

/** Unit directions: level, trend, and season j against the last term, so seasons sum to 0. */
function stateBasis(spec: EtsSpec): EtsState[] {
  const basis: EtsState[] = [{ ...zeroState(spec), level: 1 }];
  if (spec.trend !== "N") basis.push({ ...zeroState(spec), trend: 1 });
  for (let j = 0; j + 1 < spec.period; j++) {
    const season = zeroState(spec).season;
    season[j] = 1;
    season[spec.period - 1] = -1;
    basis.push({ level: 0, trend: 0, season });
  }
  return basis;
}

function combine(spec: EtsSpec, basis: readonly EtsState[], theta: readonly number[]): EtsState {
  const out = zeroState(spec);
  basis.forEach((b, i) => {
    out.level += theta[i] * b.level;
    out.trend += theta[i] * b.trend;
    b.season.forEach((s, j) => (out.season[j] += theta[i] * s));
  });
  return out;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
