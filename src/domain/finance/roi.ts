// Return on investment (Σ benefits − Σ costs) / Σ costs; with a rate, both sums are present
// values with per-position periods from t = 0, exactly as CRM.NPV discounts them.

import { type Result, errorValue, isErrorValue } from "../values";
import { npv } from "./npv";

export function roi(
  benefits: readonly number[],
  costs: readonly number[],
  rate?: number | null,
): Result<number> {
  const b = total(benefits, rate);
  if (isErrorValue(b)) return b;
  const c = total(costs, rate);
  if (isErrorValue(c)) return c;
  if (c === 0) return errorValue("#DIV/0!", "the costs add up to 0");
  return (b - c) / c;
}

function total(values: readonly number[], rate: number | null | undefined): Result<number> {
  return npv(rate ?? 0, values);
}
