// The business case's cumulative net cash flow per year (year 0 = the first year's flow) and
// where it first reaches zero: the same linear interpolation inside the crossing year as
// CRM.PAYBACK, so the point marked on the chart is the payback the Results card states.
import { payback } from "../../domain/finance";
import { isErrorValue } from "../../domain/values";

export interface CashFlowYear {
  readonly year: number;
  readonly net: number;
  readonly cumulative: number;
}

export interface CashFlowPath {
  readonly years: readonly CashFlowYear[];
  /** Years from the start of year 0 until the cumulative flow reaches 0; absent if it never does. */
  readonly payback?: number;
}

export function cashFlowPath(flows: readonly number[]): CashFlowPath {
  let cumulative = 0;
  const years = flows.map((net, year) => {
    cumulative += net;
    return { year, net, cumulative };
  });
  const found = payback(flows);
  return isErrorValue(found) ? { years } : { years, payback: found };
}
