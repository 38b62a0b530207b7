// Internal rate of return of periodic flows at t = 0, 1, 2… (Excel's IRR). NPV is a polynomial
// in x = 1/(1 + rate), so value and slope come from one Horner pass; see solve-rate.ts for how
// the root is found when Excel's Newton iteration would give up.

import { type Result, errorValue } from "../values";
import { type RateEquation, countSignChanges, rootFreeInterval } from "./rate-equation";
import { solveRate } from "./solve-rate";

export const DEFAULT_GUESS = 0.1;

export function irr(flows: readonly number[], guess: number | null = null): Result<number> {
  if (flows.length < 2) return errorValue("#NUM!", "IRR needs at least two cash flows");
  const start = guess ?? DEFAULT_GUESS;
  if (!Number.isFinite(start)) return errorValue("#NUM!", "guess is not a finite number");
  const changes = countSignChanges(flows);
  if (changes === 0) {
    return errorValue("#NUM!", "cash flows need at least one positive and one negative value");
  }
  return solveRate(new PeriodicEquation(flows, changes), start);
}

class PeriodicEquation implements RateEquation {
  value = 0;
  slope = 0;

  constructor(
    private readonly flows: readonly number[],
    private readonly signChanges: number,
  ) {}

  evaluate(rate: number): void {
    const flows = this.flows;
    const x = 1 / (1 + rate);
    let p = 0;
    let dp = 0;
    for (let i = flows.length - 1; i >= 0; i--) {
      dp = dp * x + p;
      p = p * x + flows[i];
    }
    this.value = p;
    this.slope = -x * x * dp;
  }

  magnitude(rate: number): number {
    const x = 1 / (1 + rate);
    let sum = 0;
    for (let i = this.flows.length - 1; i >= 0; i--) sum = sum * x + Math.abs(this.flows[i]);
    return sum;
  }

  /** NPV for rate ≥ 0; (1 + rate)^(n−1)·NPV below 0, which cannot overflow near rate = −1. */
  readonly scaled = (rate: number): number => {
    const flows = this.flows;
    let sum = 0;
    if (rate >= 0) {
      const x = 1 / (1 + rate);
      for (let i = flows.length - 1; i >= 0; i--) sum = sum * x + flows[i];
    } else {
      const y = 1 + rate;
      for (let i = 0; i < flows.length; i++) sum = sum * y + flows[i];
    }
    return sum;
  };

  rootInterval(): readonly [number, number] {
    const taus: number[] = [];
    const coefs: number[] = [];
    for (let i = 0; i < this.flows.length; i++) {
      if (this.flows[i] === 0) continue;
      taus.push(i);
      coefs.push(this.flows[i]);
    }
    return rootFreeInterval(taus, coefs);
  }

  singleSignChange(): boolean {
    return this.signChanges === 1;
  }
}
