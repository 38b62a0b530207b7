// Fits one ETS model by maximum likelihood: smoothing parameters in the usual region (0 < beta <
// alpha, 0 < gamma < 1 − alpha, 0.8 ≤ phi ≤ 0.98) mapped onto the unit box so the existing
// Nelder–Mead can search it; initial states solved by least squares (exact for the linear
// models) or, with a multiplicative season, from the heuristic.

import { heuristicState } from "./ets-initial-state";
import { isLinearSpec, leastSquaresState } from "./ets-least-squares-state";
import { type EtsParameters, type EtsState, copyEtsState, runEts } from "./ets-recursion";
import { type EtsSpec, parameterCount, smoothingCount } from "./ets-spec";
import { nelderMeadUnitBox } from "./nelder-mead";

const LOW = 1e-4;
const HIGH = 1 - 1e-4;
/** Starting values per unit-box axis tried before Nelder–Mead refines the best. */
const STARTS = [0.1, 0.5, 0.9];

export interface EtsFit {
  readonly spec: EtsSpec;
  readonly params: EtsParameters;
  /** State before the first point. */
  readonly initial: EtsState;
  /** State after the last point, ready to forecast. */
  readonly final: EtsState;
  readonly count: number;
  /** One-step error variance, Σe²/(n − k) as forecast::ets estimates it. */
  readonly sigma2: number;
  readonly aicc: number;
}

export function unitToParameters(spec: EtsSpec, u: readonly number[]): EtsParameters {
  const alpha = LOW + (HIGH - LOW) * u[0];
  let i = 1;
  const beta = spec.trend === "N" ? 0 : u[i++] * alpha;
  const phi = spec.trend === "Ad" ? 0.8 + 0.18 * u[i++] : 1;
  const gamma = spec.season === "N" ? 0 : u[i++] * (1 - alpha);
  return { alpha, beta, gamma, phi };
}

/** The model fitted to `values`, or undefined when it has more parameters than the data allow. */
export function fitEts(spec: EtsSpec, values: readonly number[]): EtsFit | undefined {
  const n = values.length;
  const k = parameterCount(spec);
  if (n - k - 1 <= 0) return undefined;
  const heuristic = heuristicState(spec, values);
  // Relative errors are not affine in the state; their additive twin's optimum is a close start.
  const linear: EtsSpec = { ...spec, error: "A" };
  const stateFor = (p: EtsParameters): EtsState | undefined =>
    isLinearSpec(linear) ? leastSquaresState(linear, p, values) : copyEtsState(heuristic);
  const objective = (u: readonly number[]): number => {
    const p = unitToParameters(spec, u);
    const state = stateFor(p);
    return state === undefined ? Number.MAX_VALUE : minusTwoLogLik(spec, p, values, state);
  };
  const best = minimise(objective, smoothingCount(spec));
  const params = unitToParameters(spec, best.point);
  const initial = stateFor(params);
  if (initial === undefined || !Number.isFinite(best.value) || best.value === Number.MAX_VALUE) {
    return undefined;
  }
  const final = copyEtsState(initial);
  const { sse } = runEts(spec, params, values, final);
  const aicc = best.value + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
  return { spec, params, initial, final, count: n, sigma2: sse / (n - k), aicc };
}

/** −2 log-likelihood up to a constant shared by every model of the same series. */
export function minusTwoLogLik(
  spec: EtsSpec,
  p: EtsParameters,
  values: readonly number[],
  state: EtsState,
): number {
  const run = runEts(spec, p, values, copyEtsState(state));
  // An exact fit would be log 0: floor it so every exact model ties and AICc keeps the simplest.
  const floor = spec.error === "M" ? 1e-24 : 1e-24 * sumOfSquares(values);
  const sse = Math.max(run.sse, floor);
  const value = values.length * Math.log(sse) + (spec.error === "M" ? 2 * run.logForecasts : 0);
  return Number.isFinite(value) ? value : Number.MAX_VALUE;
}

function sumOfSquares(values: readonly number[]): number {
  return values.reduce((s, v) => s + v * v, 0) + Number.MIN_VALUE;
}

/** The best of a coarse grid of starts, refined by Nelder–Mead. */
function minimise(f: (u: readonly number[]) => number, dims: number) {
  let start = { point: new Array<number>(dims).fill(0.5), value: Number.POSITIVE_INFINITY };
  const visit = (prefix: number[]): void => {
    if (prefix.length === dims) {
      const value = f(prefix);
      if (value < start.value) start = { point: prefix, value };
      return;
    }
    for (const s of STARTS) visit([...prefix, s]);
  };
  visit([]);
  const refined = nelderMeadUnitBox(f, start.point, 0.1, 300, 1e-9);
  return refined.value <= start.value ? refined : start;
}
