// The Excel-facing finance functions behind =CRM.NPV … =CRM.BUSINESSCASE (DESIGN.md §5): each
// coerces its cell arguments, guards, then hands plain numbers to one computation.

import { type CellValue, type RangeArg, type Result, isErrorValue, toNumberList } from "../values";
import { type BusinessCaseRow, businessCase } from "./business-case";
import {
  isMissing,
  toDatedFlows,
  toNumberArg,
  toOptionalNumberArg,
  toPeriodValues,
} from "./cash-flow-args";
import { irr } from "./irr";
import { mirr } from "./mirr";
import { npv } from "./npv";
import { payback } from "./payback";
import { roi } from "./roi";
import { toCostItems } from "./tco-args";
import { tco } from "./tco";
import { xirr } from "./xirr";
import { xnpv } from "./xnpv";

/** CRM.NPV(rate, cashflows, [dates]): NPV from t = 0, or XNPV when dates are given. */
export function crmNpv(rate: CellValue, cashflows: RangeArg, dates?: RangeArg): Result<number> {
  const r = toNumberArg(rate, "rate");
  if (isErrorValue(r)) return r;
  if (isMissing(dates)) {
    const flows = toNumberList(cashflows, "cashflows");
    return isErrorValue(flows) ? flows : npv(r, flows);
  }
  const dated = toDatedFlows(cashflows, dates);
  return isErrorValue(dated) ? dated : xnpv(r, dated.flows, dated.dates);
}

/** CRM.IRR(cashflows, [dates], [guess]): IRR, or XIRR when dates are given. */
export function crmIrr(cashflows: RangeArg, dates?: RangeArg, guess?: CellValue): Result<number> {
  const g = toOptionalNumberArg(guess, "guess");
  if (isErrorValue(g)) return g;
  if (isMissing(dates)) {
    const flows = toNumberList(cashflows, "cashflows");
    return isErrorValue(flows) ? flows : irr(flows, g);
  }
  const dated = toDatedFlows(cashflows, dates);
  return isErrorValue(dated) ? dated : xirr(dated.flows, dated.dates, g);
}

/** CRM.MIRR(cashflows, finance_rate, reinvest_rate). */
export function crmMirr(
  cashflows: RangeArg,
  financeRate: CellValue,
  reinvestRate: CellValue,
): Result<number> {
  const flows = toNumberList(cashflows, "cashflows");
  if (isErrorValue(flows)) return flows;
  const finance = toNumberArg(financeRate, "finance_rate");
  if (isErrorValue(finance)) return finance;
  const reinvest = toNumberArg(reinvestRate, "reinvest_rate");
  return isErrorValue(reinvest) ? reinvest : mirr(flows, finance, reinvest);
}

/** CRM.PAYBACK(cashflows, [rate]). */
export function crmPayback(cashflows: RangeArg, rate?: CellValue): Result<number> {
  const flows = toNumberList(cashflows, "cashflows");
  if (isErrorValue(flows)) return flows;
  const r = toOptionalNumberArg(rate, "rate");
  return isErrorValue(r) ? r : payback(flows, r);
}

/** CRM.ROI(benefits, costs, [rate]). */
export function crmRoi(benefits: RangeArg, costs: RangeArg, rate?: CellValue): Result<number> {
  const b = toNumberList(benefits, "benefits");
  if (isErrorValue(b)) return b;
  const c = toNumberList(costs, "costs");
  if (isErrorValue(c)) return c;
  const r = toOptionalNumberArg(rate, "rate");
  return isErrorValue(r) ? r : roi(b, c, r);
}

/** CRM.TCO(amounts, frequencies, years, [rate]). */
export function crmTco(
  amounts: RangeArg,
  frequencies: RangeArg,
  years: CellValue,
  rate?: CellValue,
): Result<number> {
  const items = toCostItems(amounts, frequencies);
  if (isErrorValue(items)) return items;
  const y = toNumberArg(years, "years");
  if (isErrorValue(y)) return y;
  const r = toOptionalNumberArg(rate, "rate");
  return isErrorValue(r) ? r : tco(items, y, r);
}

/** CRM.BUSINESSCASE(benefits, costs, rate): six (label, value) rows. */
export function crmBusinessCase(
  benefits: RangeArg,
  costs: RangeArg,
  rate: CellValue,
): Result<BusinessCaseRow[]> {
  const b = toPeriodValues(benefits, "benefits");
  if (isErrorValue(b)) return b;
  const c = toPeriodValues(costs, "costs");
  if (isErrorValue(c)) return c;
  const r = toNumberArg(rate, "rate");
  return isErrorValue(r) ? r : businessCase(b, c, r);
}
