// Net present value of dated flows (Excel's XNPV): Σ cf_i / (1 + rate)^((d_i − d_0) / 365), with
// d_0 the first date. Dates are whole Excel serial days, so no local-time Date arithmetic.

import { type Result, errorValue } from "../values";

export function xnpv(
  rate: number,
  flows: readonly number[],
  dates: readonly number[],
): Result<number> {
  if (!Number.isFinite(rate)) return errorValue("#NUM!", "rate is not a finite number");
  if (rate <= -1) return errorValue("#NUM!", "rate must be greater than -1");
  if (flows.length !== dates.length) {
    return errorValue("#VALUE!", "cashflows and dates have different lengths");
  }
  const early = checkDates(dates);
  if (early !== undefined) return early;
  const logBase = Math.log1p(rate);
  let sum = 0;
  for (let i = 0; i < flows.length; i++) {
    sum += flows[i] * Math.exp((-(dates[i] - dates[0]) / 365) * logBase);
  }
  return Number.isFinite(sum) ? sum : errorValue("#NUM!", "the present value overflows");
}

/** As Excel: every date must be on or after the first one. */
export function checkDates(dates: readonly number[]): Result<undefined> {
  for (let i = 1; i < dates.length; i++) {
    if (dates[i] < dates[0]) {
      return errorValue("#NUM!", `dates item ${i + 1} is before the first date`);
    }
  }
  return undefined;
}
