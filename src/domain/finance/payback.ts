// Payback period: periods from t = 0 until the cumulative flow (discounted at `rate` if given)
// first reaches ≥ 0, interpolated linearly inside the period in which it crosses.

import { type Result, errorValue } from "../values";

export function payback(flows: readonly number[], rate?: number | null): Result<number> {
  if (rate !== undefined && rate !== null) {
    if (!Number.isFinite(rate)) return errorValue("#NUM!", "rate is not a finite number");
    if (rate <= -1) return errorValue("#NUM!", "rate must be greater than -1");
  }
  const x = rate === undefined || rate === null ? 1 : 1 / (1 + rate);
  let factor = 1;
  let cumulative = 0;
  for (let i = 0; i < flows.length; i++) {
    const flow = flows[i] * factor;
    const before = cumulative;
    cumulative += flow;
    if (cumulative >= 0) return i === 0 ? 0 : i - 1 + -before / flow;
    factor *= x;
  }
  return errorValue("#N/A", "the cumulative cash flow never reaches 0");
}
