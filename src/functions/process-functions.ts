// The sales-process custom functions (issue 14), live from the store: CRM.FUNNEL (stage
// conversion and the weakest link), CRM.ABNORMAL (deals that behave abnormally, with reasons) and
// CRM.VALUEEFFORT (customers by value against effort). Each spills a table with a header row.
/* eslint-disable @typescript-eslint/no-explicit-any -- optional scalars must be `any` in
   TypeScript too: custom-functions-metadata rejects a JSDoc/TS type mismatch. */
import { streamAbnormal, streamFunnel, streamValueEffort } from "../app/analytics-values";
import { findQuadrant, parseDayWindow } from "../domain/analytics";
import { optionalNumberArg } from "../domain/segments/scalar-arg";
import { errorValue, excelToday, isErrorValue } from "../domain/values";
import { asCell } from "./analytics-shape";
import { followStore, isMissing, tableTo } from "./stream-to";

/**
 * Live stage-to-stage funnel of the deals created between two dates: per stage reached, moved
 * on, lost at, still open, conversion and median days in stage, beside the deals created before;
 * the weakest link is marked. Example: =CRM.FUNNEL(DATE(2026,7,1), DATE(2026,9,30)).
 * @customfunction FUNNEL
 * @param {any} [from] First creation day of the deals counted (blank: from the start).
 * @param {any} [to] Last creation day (blank: no upper limit).
 * @param {CustomFunctions.StreamingInvocation<any[][]>} invocation
 */
export function funnel(
  from: any,
  to: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  const sink = tableTo(invocation);
  const window = parseDayWindow(asCell(from), asCell(to));
  if (isErrorValue(window)) return sink(window);
  invocation.onCanceled = streamFunnel(followStore, window, sink);
}

/**
 * Live list of abnormal open deals, each with its reasons: stuck far beyond the stage's usual
 * stay, amount far outside the stage's usual deals, close date pushed back 3 times or more, past
 * due. Example: =CRM.ABNORMAL(TODAY()).
 * @customfunction ABNORMAL
 * @param {any} [today] The day to judge on (blank: today).
 * @param {CustomFunctions.StreamingInvocation<any[][]>} invocation
 */
export function abnormal(
  today: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  const sink = tableTo(invocation);
  const day = optionalNumberArg(asCell(today), "today");
  if (isErrorValue(day)) return sink(day);
  invocation.onCanceled = streamAbnormal(followStore, Math.floor(day ?? excelToday()), sink);
}

/**
 * Live customers by value (Total Spend, else won deals) against effort (activities logged), split
 * at the medians: Gold, Strategic, High-maintenance low-margin, Low touch. Example:
 * =CRM.VALUEEFFORT("Gold").
 * @customfunction VALUEEFFORT
 * @param {any} [quadrant] Only this quadrant: Gold, Strategic, High-maintenance or Low touch.
 * @param {CustomFunctions.StreamingInvocation<any[][]>} invocation
 */
export function valueeffort(
  quadrant: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  const sink = tableTo(invocation);
  if (!isMissing(quadrant) && typeof quadrant !== "string") {
    return sink(errorValue("#VALUE!", "quadrant must be a quadrant's name"));
  }
  const only = isMissing(quadrant) ? undefined : findQuadrant(String(quadrant));
  if (isErrorValue(only)) return sink(only);
  invocation.onCanceled = streamValueEffort(followStore, excelToday(), only, sink);
}
