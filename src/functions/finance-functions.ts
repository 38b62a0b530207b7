// The finance custom functions (CRM.NPV … CRM.BUSINESSCASE, DESIGN.md §5). Each is thin: hand the
// raw arguments to one domain function, then map error values to CustomFunctions.Error.
/* eslint-disable @typescript-eslint/no-explicit-any -- scalar `any` parameters must be typed
   `any` in TypeScript too: custom-functions-metadata rejects a JSDoc/TS type mismatch, and blanks,
   text numbers and logicals must reach the domain to be coerced as Excel coerces them. */

import {
  crmBusinessCase,
  crmIrr,
  crmMirr,
  crmNpv,
  crmPayback,
  crmRoi,
  crmTco,
} from "../domain/finance";
import { crmCashflows } from "../domain/roi";
import { asCell, asRange } from "./analytics-shape";
import { toCustomFunctionsMatrix, toCustomFunctionsResult } from "./to-custom-functions-result";

/**
 * Net present value of cash flows from period 0 (the first flow is not discounted, unlike Excel's
 * NPV); with dates, Excel's XNPV. Example: =CRM.NPV(0.1, {-100,60,60}) → 4.13.
 * @customfunction NPV
 * @param {any} rate Discount rate per period (per year with dates), greater than -1.
 * @param {any[][]} cashflows Cash flows, period 0 first; blank cells are skipped.
 * @param {any[][]} [dates] Dates of the cash flows (XNPV); the first date is the start.
 * @returns {number} The net present value.
 */
export function npv(rate: any, cashflows: unknown[][], dates?: unknown[][]) {
  return toCustomFunctionsResult(crmNpv(asCell(rate), asRange(cashflows), asRange(dates)));
}

/**
 * Internal rate of return; with dates, Excel's XIRR. Finds the rate even where Excel's IRR gives
 * up; with several, the one nearest the guess. Example: =CRM.IRR({-70000,12000,15000,18000,21000,26000}) → 0.0866.
 * @customfunction IRR
 * @param {any[][]} cashflows Cash flows, period 0 first, with at least one positive and one negative.
 * @param {any[][]} [dates] Dates of the cash flows (XIRR); the first date is the start.
 * @param {any} [guess] Where to start looking (default 0.1).
 * @returns {number} The internal rate of return.
 */
export function irr(cashflows: unknown[][], dates?: unknown[][], guess?: any) {
  return toCustomFunctionsResult(crmIrr(asRange(cashflows), asRange(dates), asCell(guess)));
}

/**
 * Modified internal rate of return, as Excel's MIRR.
 * Example: =CRM.MIRR({-120000,39000,30000,21000,37000,46000}, 0.1, 0.12) → 0.126.
 * @customfunction MIRR
 * @param {any[][]} cashflows Cash flows, period 0 first, with at least one positive and one negative.
 * @param {any} finance_rate Interest rate paid on the negative flows.
 * @param {any} reinvest_rate Interest rate earned on reinvesting the positive flows.
 * @returns {number} The modified internal rate of return.
 */
export function mirr(cashflows: unknown[][], finance_rate: any, reinvest_rate: any) {
  return toCustomFunctionsResult(
    crmMirr(asRange(cashflows), asCell(finance_rate), asCell(reinvest_rate)),
  );
}

/**
 * Periods until the cumulative cash flow (discounted at rate if given) first reaches 0,
 * interpolated inside the period. Example: =CRM.PAYBACK({-100,50,60}) → 1.83.
 * @customfunction PAYBACK
 * @param {any[][]} cashflows Cash flows, period 0 first.
 * @param {any} [rate] Discount rate per period for a discounted payback.
 * @returns {number} The payback period; #N/A if never paid back.
 */
export function payback(cashflows: unknown[][], rate?: any) {
  return toCustomFunctionsResult(crmPayback(asRange(cashflows), asCell(rate)));
}

/**
 * Return on investment (benefits − costs) / costs; with a rate, of present values from period 0.
 * Example: =CRM.ROI({0,80,80}, {100,10,10}) → 0.33.
 * @customfunction ROI
 * @param {any[][]} benefits Benefits, period 0 first.
 * @param {any[][]} costs Costs, period 0 first.
 * @param {any} [rate] Discount rate per period.
 * @returns {number} The return on investment.
 */
export function roi(benefits: unknown[][], costs: unknown[][], rate?: any) {
  return toCustomFunctionsResult(crmRoi(asRange(benefits), asRange(costs), asCell(rate)));
}

/**
 * Total cost of ownership: one-off items plus recurring items for a number of years.
 * Example: =CRM.TCO({5000;100;300}, {"Once";"Monthly";"Annual"}, 3) → 9500.
 * @customfunction TCO
 * @param {any[][]} amounts Cost per item per occurrence.
 * @param {any[][]} frequencies Once, Monthly, Quarterly or Annual, per item.
 * @param {any} years Years of ownership (a whole number, 0 or more).
 * @param {any} [rate] Discount rate per year; each year's recurring costs are discounted at its end.
 * @returns {number} The total cost of ownership.
 */
export function tco(amounts: unknown[][], frequencies: unknown[][], years: any, rate?: any) {
  return toCustomFunctionsResult(
    crmTco(asRange(amounts), asRange(frequencies), asCell(years), asCell(rate)),
  );
}

/**
 * Business-case summary of yearly benefits and costs (year 0 first): total costs, total benefits,
 * NPV, ROI, IRR and payback, as label/value rows.
 * Example: =CRM.BUSINESSCASE({0,80,80}, {100,10,10}, 0.1) → Total costs 120, … Payback 1.43.
 * @customfunction BUSINESSCASE
 * @param {any[][]} benefits Benefits per year, year 0 first.
 * @param {any[][]} costs Costs per year, year 0 first (same number of years).
 * @param {any} rate Discount rate per year.
 * @returns {any[][]} Six rows of label and value.
 */
export function businesscase(benefits: unknown[][], costs: unknown[][], rate: any): any[][] {
  return toCustomFunctionsMatrix(crmBusinessCase(asRange(benefits), asRange(costs), asCell(rate)));
}

/**
 * The business case's yearly flows from the Costs table's columns: costs, benefits and net (three
 * rows) for years 0..horizon, risk-adjusted. Example:
 * =CRM.CASHFLOWS(CRM_Costs[Kind], CRM_Costs[Amount], CRM_Costs[Frequency], CRM_Costs[Start],
 * CRM_Costs[End], DATE(2026,1,1), 3, 10%, 5%).
 * @customfunction CASHFLOWS
 * @param {any[][]} kinds Cost or Benefit, per item.
 * @param {any[][]} amounts Amount per occurrence, per item.
 * @param {any[][]} frequencies Once, Monthly, Quarterly or Annual, per item.
 * @param {any[][]} starts First date of each item (blank: from year 0).
 * @param {any[][]} ends Last date of each item (blank: no end).
 * @param {any} year_zero Date year 0 starts.
 * @param {any} horizon_years Years after year 0 (1–100).
 * @param {any} [benefit_reduction] Share taken off every benefit (risk), e.g. 10%.
 * @param {any} [cost_increase] Share added to every cost (risk), e.g. 5%.
 * @returns {any[][]} Three rows (costs, benefits, net) by year.
 */
export function cashflows(
  kinds: unknown[][],
  amounts: unknown[][],
  frequencies: unknown[][],
  starts: unknown[][],
  ends: unknown[][],
  year_zero: any,
  horizon_years: any,
  benefit_reduction?: any,
  cost_increase?: any,
): any[][] {
  const columns = {
    kinds: asRange(kinds),
    amounts: asRange(amounts),
    frequencies: asRange(frequencies),
    starts: asRange(starts),
    ends: asRange(ends),
  };
  const model = {
    yearZero: asCell(year_zero),
    horizonYears: asCell(horizon_years),
    benefitReduction: asCell(benefit_reduction),
    costIncrease: asCell(cost_increase),
  };
  return toCustomFunctionsMatrix(crmCashflows(columns, model));
}
