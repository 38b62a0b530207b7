// The yearly-flow finance the business case needs, as a seam: src/domain/finance (the code
// behind =CRM.NPV/IRR/PAYBACK) is still being written, so callers pass its functions in and the
// business case never re-implements them. Flows are at t = 0, 1, 2…; t = 0 is not discounted.

import type { Result } from "../values";

export interface FinanceFunctions {
  /** CRM.NPV(rate, flows): Σ flow_t / (1 + rate)^t from t = 0; rate ≤ −1 → #NUM!. */
  readonly npv: (rate: number, flows: readonly number[]) => Result<number>;
  /** CRM.IRR(flows); no sign change or no root → an error value. */
  readonly irr: (flows: readonly number[]) => Result<number>;
  /** CRM.PAYBACK(flows, [rate]): interpolated periods until the cumulative flow reaches ≥ 0. */
  readonly payback: (flows: readonly number[], rate?: number) => Result<number>;
}
