// Net present value of periodic flows at t = 0, 1, 2… (t = 0 is not discounted, unlike Excel's
// NPV). Horner's rule in x = 1/(1 + rate): one multiply-add per flow and no Math.pow.

import { type Result, errorValue } from "../values";

export function npv(rate: number, flows: readonly number[]): Result<number> {
  if (!Number.isFinite(rate)) return errorValue("#NUM!", "rate is not a finite number");
  if (rate <= -1) return errorValue("#NUM!", "rate must be greater than -1");
  const value = discountedSum(rate, flows);
  return Number.isFinite(value) ? value : errorValue("#NUM!", "the present value overflows");
}

/** Σ flows[i] / (1 + rate)^i without guards, for callers that checked rate > −1 already. */
export function discountedSum(rate: number, flows: readonly number[]): number {
  const x = 1 / (1 + rate);
  let sum = 0;
  for (let i = flows.length - 1; i >= 0; i--) sum = sum * x + flows[i];
  return sum;
}
