// The ETS state recursions in the update form of forecast::ets (the same point recursions serve
// additive and multiplicative errors; the error kind changes only the likelihood), one-step
// errors over a series, and point forecasts from the final state.

import type { EtsSpec } from "./ets-spec";

export interface EtsParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  /** Damping; 1 for an undamped trend. */
  readonly phi: number;
}

export interface EtsState {
  level: number;
  trend: number;
  /** season[t mod period] is the seasonal term for time t; empty without a season. */
  season: number[];
}

export interface EtsRun {
  /** Σ e², e = y − ŷ (additive) or (y − ŷ)/ŷ (multiplicative). */
  readonly sse: number;
  /** Σ log|ŷ|, the Jacobian term of the multiplicative likelihood. */
  readonly logForecasts: number;
}

export const copyEtsState = (s: EtsState): EtsState => ({ ...s, season: [...s.season] });

/** Runs the recursions over `values`, updating `state` in place. */
export function runEts(
  spec: EtsSpec,
  p: EtsParameters,
  values: readonly number[],
  state: EtsState,
  errors?: number[],
): EtsRun {
  let sse = 0;
  let logForecasts = 0;
  for (let t = 0; t < values.length; t++) {
    const { error, forecast } = stepEts(spec, p, values[t], t, state);
    if (errors !== undefined) errors[t] = error;
    sse += error * error;
    logForecasts += Math.log(Math.abs(forecast));
  }
  return { sse, logForecasts };
}

/** One observation y at time t: the one-step forecast and error, then the state update. */
export function stepEts(
  spec: EtsSpec,
  p: EtsParameters,
  y: number,
  t: number,
  state: EtsState,
): { error: number; forecast: number } {
  const mult = spec.season === "M";
  const slot = spec.period > 0 ? t % spec.period : -1;
  const s = slot < 0 ? (mult ? 1 : 0) : state.season[slot];
  const phiB = spec.trend === "N" ? 0 : p.phi * state.trend;
  const q = state.level + phiB;
  const forecast = mult ? q * s : q + s;
  const error = spec.error === "A" ? y - forecast : (y - forecast) / forecast;
  const deseasoned = mult ? y / s : y - s;
  state.level = q + p.alpha * (deseasoned - q);
  if (spec.trend !== "N") state.trend = phiB + p.beta * (deseasoned - q);
  if (slot >= 0) state.season[slot] = s + p.gamma * ((mult ? y / q : y - q) - s);
  return { error, forecast };
}

/** Point forecasts for the `horizon` steps after `count` observed points. */
export function forecastEts(
  spec: EtsSpec,
  p: EtsParameters,
  state: EtsState,
  count: number,
  horizon: number,
): number[] {
  const out: number[] = [];
  let damped = 0;
  for (let h = 1; h <= horizon; h++) {
    damped += spec.trend === "N" ? 0 : p.phi ** h;
    const q = state.level + damped * state.trend;
    if (spec.period === 0) out.push(q);
    else {
      const s = state.season[(count - 1 + h) % spec.period];
      out.push(spec.season === "M" ? q * s : q + s);
    }
  }
  return out;
}
