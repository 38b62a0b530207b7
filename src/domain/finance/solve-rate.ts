// Finds the rate that makes NPV zero, for IRR and XIRR. Newton from the guess first (as Excel
// does, so we agree with Excel wherever it converges); when Newton fails, or when several roots
// may exist, bracket sign changes on a grid in ln(1 + rate) and polish them with Brent, returning
// the root nearest the guess.

import { type Result, errorValue } from "../values";
import { type Bracket, brent, scanBrackets } from "./find-root";
import type { RateEquation } from "./rate-equation";

const MAX_NEWTON_STEPS = 60;
/** Grid cell width in ln(1 + rate): two roots closer than about 2% of (1 + rate) may merge. */
const SCAN_STEP = 0.02;
const MAX_SCAN_CELLS = 5000;
const RESIDUAL = 1e-9;
const MIN_LOG_BASE = Math.log(Number.EPSILON);

export function solveRate(equation: RateEquation, guess: number): Result<number> {
  const newton = guess > -1 ? newtonRoot(equation, guess) : NaN;
  if (!Number.isNaN(newton) && equation.singleSignChange()) return newton;
  const [tLo, tHi] = equation.rootInterval();
  if (Number.isNaN(newton)) return nearestRoot(equation, guess, tLo, tHi, Infinity);
  const reach = Math.abs(newton - guess);
  const lo = Math.max(tLo, guess - reach > -1 ? Math.log1p(guess - reach) : -Infinity);
  const hi = Math.min(tHi, Math.log1p(guess + reach));
  return lo < hi ? nearestRoot(equation, guess, lo, hi, newton) : newton;
}

/** Newton's method in the rate with the analytic slope; NaN when it does not converge. */
export function newtonRoot(equation: RateEquation, guess: number): number {
  let rate = guess;
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    equation.evaluate(rate);
    if (equation.value === 0) return rate;
    const delta = equation.value / equation.slope;
    const next = rate - delta;
    if (!Number.isFinite(next) || next <= -1) return NaN;
    if (Math.abs(delta) <= 1e-14 * Math.max(1, Math.abs(next))) {
      return isRoot(equation, next) ? next : NaN;
    }
    rate = next;
  }
  return NaN;
}

function isRoot(equation: RateEquation, rate: number): boolean {
  equation.evaluate(rate);
  return Math.abs(equation.value) <= RESIDUAL * equation.magnitude(rate);
}

/**
 * The root in ln(1 + rate) ∈ [tLo, tHi] nearest the guess, or `known` (a root already found)
 * when none is nearer. With a single sign change the whole interval is one bracket.
 */
function nearestRoot(
  equation: RateEquation,
  guess: number,
  tLo: number,
  tHi: number,
  known: number,
): Result<number> {
  // below this 1 + rate is not representable apart from 0: expm1 would give exactly −1
  const lo = Math.max(tLo, MIN_LOG_BASE);
  const cells = equation.singleSignChange()
    ? 1
    : Math.min(MAX_SCAN_CELLS, Math.max(8, Math.ceil((tHi - lo) / SCAN_STEP)));
  // scan and polish in t = ln(1 + rate): brackets spanning many orders of magnitude of the rate
  // are a few units wide in t, so Brent converges in a few dozen steps
  const inT = (t: number) => equation.scaled(Math.expm1(t));
  const brackets = scanBrackets(inT, (t) => t, lo, tHi, cells);
  let best = known;
  for (const bracket of brackets) {
    if (distanceTo(bracket, guess) >= Math.abs(best - guess)) continue;
    const root = Math.expm1(brent(inT, bracket.lo, bracket.hi, bracket.fLo, bracket.fHi));
    if (Math.abs(root - guess) < Math.abs(best - guess)) best = root;
  }
  return Number.isFinite(best)
    ? best
    : errorValue("#NUM!", "no rate makes the net present value zero");
}

/** Distance from a rate to a bracket given in t = ln(1 + rate). */
function distanceTo(bracket: Bracket, x: number): number {
  const [lo, hi] = [Math.expm1(bracket.lo), Math.expm1(bracket.hi)];
  if (x < lo) return lo - x;
  return x > hi ? x - hi : 0;
}
