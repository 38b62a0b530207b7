// Internal rate of return of dated flows (Excel's XIRR): the rate where
// Σ cf_i (1 + rate)^(−(d_i − d_0)/365) = 0. One exp per flow gives both value and slope.

import { type Result, errorValue } from "../values";
import { DEFAULT_GUESS } from "./irr";
import { type RateEquation, countSignChanges, rootFreeInterval } from "./rate-equation";
import { solveRate } from "./solve-rate";
import { checkDates } from "./xnpv";

export function xirr(
  flows: readonly number[],
  dates: readonly number[],
  guess: number | null = null,
): Result<number> {
  if (flows.length !== dates.length) {
    return errorValue("#VALUE!", "cashflows and dates have different lengths");
  }
  if (flows.length < 2) return errorValue("#NUM!", "XIRR needs at least two cash flows");
  const start = guess ?? DEFAULT_GUESS;
  if (!Number.isFinite(start)) return errorValue("#NUM!", "guess is not a finite number");
  const early = checkDates(dates);
  if (early !== undefined) return early;
  if (countSignChanges(flows) === 0) {
    return errorValue("#NUM!", "cash flows need at least one positive and one negative value");
  }
  return solveRate(new DatedEquation(flows, dates), start);
}

class DatedEquation implements RateEquation {
  value = 0;
  slope = 0;
  /** Years from the first date, per flow. */
  private readonly taus: Float64Array;
  private readonly maxTau: number;
  private single: boolean | undefined;

  constructor(
    private readonly flows: readonly number[],
    dates: readonly number[],
  ) {
    this.taus = new Float64Array(dates.length);
    let maxTau = 0;
    for (let i = 0; i < dates.length; i++) {
      this.taus[i] = (dates[i] - dates[0]) / 365;
      if (this.taus[i] > maxTau) maxTau = this.taus[i];
    }
    this.maxTau = maxTau;
  }

  evaluate(rate: number): void {
    const { flows, taus } = this;
    const logBase = Math.log1p(rate);
    let value = 0;
    let weighted = 0;
    for (let i = 0; i < flows.length; i++) {
      const term = flows[i] * Math.exp(-taus[i] * logBase);
      value += term;
      weighted += taus[i] * term;
    }
    this.value = value;
    this.slope = -weighted / (1 + rate);
  }

  magnitude(rate: number): number {
    const logBase = Math.log1p(rate);
    let sum = 0;
    for (let i = 0; i < this.flows.length; i++) {
      sum += Math.abs(this.flows[i]) * Math.exp(-this.taus[i] * logBase);
    }
    return sum;
  }

  /** NPV for rate ≥ 0; (1 + rate)^maxTau·NPV below 0, which cannot overflow near rate = −1. */
  readonly scaled = (rate: number): number => {
    const t = Math.log1p(rate);
    const shift = t < 0 ? this.maxTau : 0;
    let sum = 0;
    for (let i = 0; i < this.flows.length; i++) {
      sum += this.flows[i] * Math.exp((shift - this.taus[i]) * t);
    }
    return sum;
  };

  rootInterval(): readonly [number, number] {
    const { taus, coefs } = this.byTime();
    return taus.length < 2 ? [0, 0] : rootFreeInterval(taus, coefs);
  }

  singleSignChange(): boolean {
    this.single ??= this.changesOnceInDateOrder();
    return this.single;
  }

  private changesOnceInDateOrder(): boolean {
    let sorted = true;
    for (let i = 1; i < this.taus.length && sorted; i++) sorted = this.taus[i] >= this.taus[i - 1];
    // Merging same-date flows can only remove sign changes, so one change stays one change.
    if (sorted && countSignChanges(this.flows) === 1) return true;
    return countSignChanges(this.byTime().coefs) === 1;
  }

  /** Flows summed per date, in date order, zeros dropped. */
  private byTime(): { taus: number[]; coefs: number[] } {
    const order = Array.from(this.taus.keys()).sort((a, b) => this.taus[a] - this.taus[b]);
    const taus: number[] = [];
    const coefs: number[] = [];
    for (const i of order) {
      const last = taus.length - 1;
      if (last >= 0 && taus[last] === this.taus[i]) coefs[last] += this.flows[i];
      else {
        taus.push(this.taus[i]);
        coefs.push(this.flows[i]);
      }
    }
    const keep = coefs.map((c, k) => (c !== 0 ? k : -1)).filter((k) => k >= 0);
    return { taus: keep.map((k) => taus[k]), coefs: keep.map((k) => coefs[k]) };
  }
}
