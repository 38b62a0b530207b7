// The team custom functions (issue 14): CRM.TEAM and CRM.ATTAINMENT live from the store, and
// CRM.CYCLETIME over ranges. Each coerces its arguments, guards them, then hands one domain or
// live computation the rest; argument errors reach the cell at once, before any store read.
/* eslint-disable @typescript-eslint/no-explicit-any -- optional scalars must be `any` in
   TypeScript too: custom-functions-metadata rejects a JSDoc/TS type mismatch. */
import { streamAttainment, streamTeam } from "../app/analytics-values";
import { cycleTimeFromRanges, parseDayWindow, parseTargets } from "../domain/analytics";
import { errorValue, isErrorValue } from "../domain/values";
import { asCell, asRange } from "./analytics-shape";
import { followStore, isMissing, tableTo, valueTo } from "./stream-to";
import { toCustomFunctionsResult } from "./to-custom-functions-result";

/**
 * Live per-owner performance for deals closing between two dates: won, lost, win rate, won
 * amount, average win, median cycle, activities per win, open and weighted pipeline; with a
 * targets range (Owner | Target) also target, attainment and forecast attainment. Spills with a
 * header row. Example: =CRM.TEAM(DATE(2026,10,1), DATE(2026,12,31), Targets!A1:B6).
 * @customfunction TEAM
 * @param {any} [period_start] First day of the period (blank: no lower limit).
 * @param {any} [period_end] Last day of the period (blank: no upper limit).
 * @param {any[][]} [targets] Two columns, owner and target for the period; a header row is allowed.
 * @param {CustomFunctions.StreamingInvocation<any[][]>} invocation
 */
export function team(
  period_start: any,
  period_end: any,
  targets: any[][],
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  const sink = tableTo(invocation);
  const window = parseDayWindow(asCell(period_start), asCell(period_end));
  if (isErrorValue(window)) return sink(window);
  const parsed = isMissing(targets) ? undefined : parseTargets(asRange(targets));
  if (isErrorValue(parsed)) return sink(parsed);
  invocation.onCanceled = streamTeam(followStore, window, parsed, sink);
}

/**
 * Live attainment of one owner's target: won amount ÷ target for deals closing between two
 * dates; with forecast TRUE, (won + weighted open pipeline closing then) ÷ target.
 * Example: =CRM.ATTAINMENT("Ana", 50000, DATE(2026,10,1), DATE(2026,12,31), TRUE).
 * @customfunction ATTAINMENT
 * @param {string} owner The owner, as in the Owner column (any case).
 * @param {number} target The owner's target for the period.
 * @param {any} [from] First day of the period (blank: no lower limit).
 * @param {any} [to] Last day of the period (blank: no upper limit).
 * @param {any} [forecast] TRUE adds the weighted open pipeline closing in the period.
 * @param {CustomFunctions.StreamingInvocation<number>} invocation
 */
export function attainment(
  owner: string,
  target: number,
  from: any,
  to: any,
  forecast: any,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  const sink = valueTo(invocation);
  const window = parseDayWindow(asCell(from), asCell(to));
  if (isErrorValue(window)) return sink(window);
  if (typeof target !== "number" || !Number.isFinite(target)) {
    return sink(errorValue("#VALUE!", "target must be a number"));
  }
  if (target < 0) return sink(errorValue("#NUM!", `target ${target} is negative`));
  if (!isMissing(forecast) && typeof forecast !== "boolean") {
    return sink(errorValue("#VALUE!", "forecast must be TRUE or FALSE"));
  }
  invocation.onCanceled = streamAttainment(
    followStore,
    String(owner),
    target,
    window,
    forecast === true,
    sink,
  );
}

/**
 * Median sales cycle in days, closed date − created date, over the rows that have both; with
 * outcomes only the Won rows count. Example: =CRM.CYCLETIME(D2:D50, E2:E50, C2:C50).
 * @customfunction CYCLETIME
 * @param {any[][]} created_dates When each deal was created.
 * @param {any[][]} closed_dates When each deal closed (blank: still open, skipped).
 * @param {any[][]} [outcomes] Each deal's stage or outcome; only Won rows count when given.
 * @returns {number} The median number of days.
 */
export function cycletime(
  created_dates: unknown[][],
  closed_dates: unknown[][],
  outcomes?: unknown[][],
) {
  return toCustomFunctionsResult(
    cycleTimeFromRanges(asRange(created_dates), asRange(closed_dates), asRange(outcomes ?? null)),
  );
}
