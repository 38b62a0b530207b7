// The analytics custom functions (CRM.RFM … CRM.WINRATE, DESIGN.md §5). Each is thin: hand the
// raw arguments to one domain function, then map error values to CustomFunctions.Error.
/* eslint-disable @typescript-eslint/no-explicit-any -- scalar `any` parameters must be typed
   `any` in TypeScript too: custom-functions-metadata rejects a JSDoc/TS type mismatch. */

import { customerLifetimeValue, rfmCodes, rfmSegments, valueScores } from "../domain/segments";
import { forecastTable } from "../domain/forecast";
import { weightedPipeline, winRate } from "../domain/pipeline";
import { asCell, asColumn, asRange } from "./analytics-shape";
import { toCustomFunctionsMatrix, toCustomFunctionsResult } from "./to-custom-functions-result";

/**
 * Scores customers 1–5 on recency, frequency and monetary value by quintile and spills one RFM
 * code per customer. Example: =CRM.RFM({10;50;200;5;30}, {5;2;1;8;3}, {500;120;50;900;200})
 * → 444, 222, 111, 555, 333.
 * @customfunction RFM
 * @param {any[][]} recency Days since each customer's last purchase (fewer is better).
 * @param {any[][]} frequency Number of purchases per customer.
 * @param {any[][]} monetary Total spend per customer.
 * @returns {any[][]} One RFM code per customer (e.g. 545), as a column.
 */
export function rfm(recency: unknown[][], frequency: unknown[][], monetary: unknown[][]): any[][] {
  return toCustomFunctionsMatrix(
    asColumn(rfmCodes(asRange(recency), asRange(frequency), asRange(monetary))),
  );
}

/**
 * Names the RFM segment (Champions, Loyal Customers, At Risk, Lost…; no match: Others) from RFM
 * codes, or from R, F and M scores. Example: =CRM.SEGMENT(545) → Potential Loyalist.
 * @customfunction SEGMENT
 * @param {any[][]} rfm_or_r RFM codes such as 545, or R scores 1–5 when f and m are given.
 * @param {any[][]} [f] F scores 1–5 (give f and m together).
 * @param {any[][]} [m] M scores 1–5.
 * @returns {any[][]} A segment name per cell, in the shape of rfm_or_r.
 */
export function segment(rfm_or_r: unknown[][], f?: unknown[][], m?: unknown[][]): any[][] {
  return toCustomFunctionsMatrix(rfmSegments(asRange(rfm_or_r), asRange(f), asRange(m)));
}

/**
 * Customer value score 0–100 from RFM codes: the weighted mean of R, F and M rescaled from 1–5.
 * Example: =CRM.SCORE(545) → 91.67; =CRM.SCORE(511, {2,1,1}) → 50.
 * @customfunction SCORE
 * @param {any[][]} rfm_codes RFM codes such as 545.
 * @param {any[][]} [weights] Three weights for R, F and M (default 1, 1, 1).
 * @returns {any[][]} A score per code, in the shape of rfm_codes.
 */
export function score(rfm_codes: unknown[][], weights?: unknown[][]): any[][] {
  return toCustomFunctionsMatrix(valueScores(asRange(rfm_codes), asRange(weights)));
}

/**
 * Customer lifetime value m·r/(1 + d − r). Example: =CRM.CLV(120, 0.8, 0.1) → 320.
 * @customfunction CLV
 * @param {number} margin Margin per customer per period.
 * @param {number} retention Retention rate per period, from 0 up to (not including) 1.
 * @param {number} discount_rate Discount rate per period, 0 or more.
 * @returns {number} The lifetime value.
 */
export function clv(margin: number, retention: number, discount_rate: number) {
  return toCustomFunctionsResult(customerLifetimeValue(margin, retention, discount_rate));
}

/**
 * Forecasts the next values of a series: exponential smoothing chosen by AICc, combined with a
 * damped-trend model and Theta; with a confidence level, also the prediction interval.
 * Example: =CRM.FORECAST({120;80;150;100;130;90;160;110;140;100;170;120}, 4) → 150, 110, 180, 130.
 * @customfunction FORECAST
 * @param {any[][]} history Past values, oldest first, equally spaced; blanks are filled in.
 * @param {number} horizon How many periods to forecast (a whole number, 1 or more).
 * @param {any} [seasonality] Season length: blank or 1 detects it, 0 means none, 2 or more sets it.
 * @param {any} [confidence] Confidence level between 0 and 1 (e.g. 0.95): adds lower and upper bound columns.
 * @returns {any[][]} The forecast values as a column, or forecast, lower and upper columns.
 */
export function forecast(
  history: unknown[][],
  horizon: number,
  seasonality?: any,
  confidence?: any,
): any[][] {
  return toCustomFunctionsMatrix(
    forecastTable(asRange(history), horizon, asCell(seasonality), asCell(confidence)),
  );
}

/**
 * Weighted pipeline: Σ amount × win probability for deals closing between from and to.
 * Example: =CRM.PIPELINE({1000;2000;500}, {"Lead";"Proposal";"Won"}) → 1600.
 * @customfunction PIPELINE
 * @param {any[][]} amounts Deal amounts; rows with a blank amount are skipped.
 * @param {any[][]} stages Stage names (Lead 10%, Qualified 25%, Proposal 50%, Negotiation 75%, Won 100%, Lost 0%).
 * @param {any[][]} [close_dates] Expected close dates.
 * @param {any} [from] First close date to include (blank: no lower limit).
 * @param {any} [to] Last close date to include (blank: no upper limit).
 * @param {any[][]} [probabilities] Per-deal win probabilities overriding the stage (0.4, 40% or 40).
 * @returns {number} The weighted pipeline.
 */
export function pipeline(
  amounts: unknown[][],
  stages: unknown[][],
  close_dates?: unknown[][],
  from?: any,
  to?: any,
  probabilities?: unknown[][],
) {
  return toCustomFunctionsResult(
    weightedPipeline(
      asRange(amounts),
      asRange(stages),
      asRange(close_dates),
      asCell(from),
      asCell(to),
      asRange(probabilities),
    ),
  );
}

/**
 * Win rate: Won deals / (Won + Lost deals). Example: =CRM.WINRATE({"Won";"Lost";"Won";"Lead"}) → 0.67.
 * @customfunction WINRATE
 * @param {any[][]} stages Stage names; only Won and Lost count.
 * @returns {number} The share of closed deals that were won.
 */
export function winrate(stages: unknown[][]) {
  return toCustomFunctionsResult(winRate(asRange(stages)));
}
