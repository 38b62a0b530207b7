// Spill shape for the analytics wrappers: list answers from the domain (one per customer or per
// forecast step) spill as a single column, as DESIGN.md §5 asks.

import { type CellValue, type RangeArg, type Result, isErrorValue } from "../domain/values";

/** n×1 rows from a list, passing a whole-call error through unchanged. */
export function asColumn<T>(result: Result<readonly T[]>): Result<T[][]> {
  return isErrorValue(result) ? result : result.map((value) => [value]);
}

/** Excel hands range arguments over untyped; the domain coerces every cell itself. */
export function asRange(value: unknown): RangeArg {
  return value as RangeArg;
}

/** A scalar argument, untyped as Excel hands it over (blank → null or ""). */
export function asCell(value: unknown): CellValue {
  return value as CellValue;
}
