// Coerces a single-value argument (rate, horizon, date bound…) for the analytics functions.
// Shared by segments, pipeline and forecast; it belongs in src/domain/values once that is open.

import { type CellValue, type Result, cellToNumber, errorValue, isBlank } from "../values";

/**
 * An optional number: blank or missing is undefined; logicals, non-numeric text and anything
 * else the host may hand over (an error or entity object) are #VALUE!.
 */
export function optionalNumberArg(value: CellValue, name: string): Result<number | undefined> {
  if (!isBlank(value) && typeof value !== "number" && typeof value !== "string") {
    return errorValue("#VALUE!", `${name} must be a number`);
  }
  return cellToNumber(value, name);
}

/** A required number: a blank cell counts as 0, as it does in Excel's own functions. */
export function numberArg(value: CellValue, name: string): Result<number> {
  if (isBlank(value)) return 0;
  const n = optionalNumberArg(value, name);
  return n === undefined ? 0 : n;
}
