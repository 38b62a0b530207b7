// CRM.FORECAST: coerces the history, fills gaps, settles the season length, forecasts with the
// AICc-selected ETS model of forecast-model and, given a confidence, adds prediction intervals.
// Every input problem is an error value, not a throw.

import {
  type CellValue,
  type ErrorValue,
  type RangeArg,
  type Result,
  errorValue,
  flattenRange,
  isBlank,
  isErrorValue,
} from "../values";
import { numberArg, optionalNumberArg } from "../segments/scalar-arg";
import { detectSeasonality } from "./detect-seasonality";
import { fillMissingPoints } from "./fill-missing-points";
import { type ForecastResult, forecastModel, predictionInterval } from "./forecast-model";

/** A spill cannot be taller than a worksheet. */
export const MAX_HORIZON = 1_048_576;
/** FORECAST.ETS's own upper bound for a season length. */
export const MAX_SEASONALITY = 8760;

/**
 * The point forecasts. seasonality: blank/1 = detect, 0 = none, n ≥ 2 = that period. Seasonal
 * series need two full seasons of history, others three points.
 */
export function forecastSeries(
  history: RangeArg,
  horizon: CellValue,
  seasonality: CellValue = null,
): Result<number[]> {
  const result = runForecast(history, horizon, seasonality);
  return isErrorValue(result) ? result : result.mean;
}

/**
 * What the cell spills: one column of forecasts, or with a confidence level (0 < c < 1, as
 * FORECAST.ETS.CONFINT takes it) rows of forecast, lower bound, upper bound.
 */
export function forecastTable(
  history: RangeArg,
  horizon: CellValue,
  seasonality: CellValue = null,
  confidence: CellValue = null,
): Result<number[][]> {
  const level = readConfidence(confidence);
  if (isErrorValue(level)) return level;
  const result = runForecast(history, horizon, seasonality);
  if (isErrorValue(result)) return result;
  if (level === undefined) return result.mean.map((f) => [f]);
  const { lower, upper } = predictionInterval(result, level);
  return result.mean.map((f, i) => [f, lower[i], upper[i]]);
}

function runForecast(
  history: RangeArg,
  horizon: CellValue,
  seasonality: CellValue,
): Result<ForecastResult> {
  const points = readHistory(history);
  if (isErrorValue(points)) return points;
  const steps = readHorizon(horizon);
  if (isErrorValue(steps)) return steps;
  const requested = readSeasonality(seasonality);
  if (isErrorValue(requested)) return requested;
  const values = fillMissingPoints(points);
  if (isErrorValue(values)) return values;
  const period = requested === "detect" ? detectSeasonality(values) : requested;
  const tooShort = checkLength(values.length, period);
  if (tooShort !== undefined) return tooShort;
  const result = forecastModel(values, period, steps);
  if (result.mean.some((f) => !Number.isFinite(f))) {
    return errorValue("#NUM!", "the forecast overflowed: the history grows too fast to project");
  }
  return result;
}

/** Blanks are missing points (undefined); logicals and non-numeric text are #VALUE!. */
function readHistory(history: RangeArg): Result<(number | undefined)[]> {
  const out: (number | undefined)[] = [];
  for (const [i, cell] of flattenRange(history).entries()) {
    const n = optionalNumberArg(cell, `history item ${i + 1}`);
    if (isErrorValue(n)) return n;
    out.push(n);
  }
  return out;
}

function readHorizon(horizon: CellValue): Result<number> {
  const h = numberArg(horizon, "horizon");
  if (isErrorValue(h)) return h;
  if (!Number.isInteger(h) || h < 1 || h > MAX_HORIZON) {
    return errorValue("#NUM!", `horizon must be a whole number from 1 to ${MAX_HORIZON}, got ${h}`);
  }
  return h;
}

function readSeasonality(seasonality: CellValue): Result<number | "detect"> {
  const s = optionalNumberArg(seasonality, "seasonality");
  if (isErrorValue(s)) return s;
  if (s === undefined || s === 1) return "detect";
  if (!Number.isInteger(s) || s < 0 || s > MAX_SEASONALITY) {
    return errorValue(
      "#NUM!",
      `seasonality must be 0, 1 or a whole number 2–${MAX_SEASONALITY}, got ${s}`,
    );
  }
  return s;
}

/** Blank: no intervals. Otherwise strictly between 0 and 1, as FORECAST.ETS.CONFINT requires. */
function readConfidence(confidence: CellValue): Result<number | undefined> {
  if (isBlank(confidence)) return undefined;
  const c = optionalNumberArg(confidence, "confidence");
  if (isErrorValue(c) || c === undefined) return c;
  if (!(c > 0 && c < 1)) {
    return errorValue("#NUM!", `confidence must be between 0 and 1 (e.g. 0.95), got ${c}`);
  }
  return c;
}

function checkLength(count: number, period: number): ErrorValue | undefined {
  if (period > 0 && count < 2 * period) {
    return errorValue(
      "#NUM!",
      `seasonality ${period} needs at least ${2 * period} points (2 seasons), got ${count}`,
    );
  }
  if (count < 3)
    return errorValue("#NUM!", `forecast needs at least 3 history points, got ${count}`);
  return undefined;
}
