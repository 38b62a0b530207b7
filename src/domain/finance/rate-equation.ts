// The shape IRR and XIRR share: NPV as a function of the rate, with what the solver needs to
// run Newton's method and, when Newton fails, to bracket every root.

import type { RealFunction } from "./find-root";

export interface RateEquation {
  /** NPV at `rate` into `value`, and d NPV / d rate into `slope`. */
  evaluate(rate: number): void;
  value: number;
  slope: number;
  /** Σ |term| at `rate`: the size against which a residual NPV counts as zero. */
  magnitude(rate: number): number;
  /** A positive multiple of NPV(rate) that stays finite for every rate > −1 (for scanning). */
  readonly scaled: RealFunction;
  /** ln(1 + rate) interval outside which NPV has no root. */
  rootInterval(): readonly [number, number];
  /** In time order the flows change sign exactly once, so at most one root exists. */
  singleSignChange(): boolean;
}

/**
 * Bounds on ln(1 + r) outside which Σ c_k e^(−τ_k t) has no zero: beyond them the term with the
 * smallest (t → +∞) or largest (t → −∞) exponent outweighs all the others together.
 * `taus` ascending and distinct, `coefs` non-zero, at least two of them.
 */
export function rootFreeInterval(
  taus: ArrayLike<number>,
  coefs: ArrayLike<number>,
): [number, number] {
  const n = taus.length;
  let total = 0;
  for (let k = 0; k < n; k++) total += Math.abs(coefs[k]);
  const first = Math.abs(coefs[0]);
  const last = Math.abs(coefs[n - 1]);
  const hi = Math.max(0, Math.log((total - first) / first) / (taus[1] - taus[0]));
  const lo = -Math.max(0, Math.log((total - last) / last) / (taus[n - 1] - taus[n - 2]));
  return [lo - MARGIN, hi + MARGIN];
}

const MARGIN = 0.05;

/** Sign changes of a sequence, zeros ignored. */
export function countSignChanges(values: ArrayLike<number>): number {
  let changes = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 0) continue;
    if (previous !== 0 && v > 0 !== previous > 0) changes++;
    previous = v;
  }
  return changes;
}
