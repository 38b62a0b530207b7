// Whole-number counts such as Orders: "12", 12, "1,200". A fraction or a negative count is
// an error rather than being rounded, because it means the column holds something else.

import type { CellValue } from "../values";
import { type CellParse, type ParseOptions, failed, parsed } from "./parse-options";
import { parseDecimal } from "./parse-decimal";

export function parseCount(value: CellValue, options: ParseOptions = {}): CellParse<number> {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? parseDecimal(value, options.decimalSeparator)
        : undefined;
  if (n === undefined || !Number.isFinite(n)) return failed("is not a number");
  if (n < 0 || !Number.isInteger(n)) return failed("is not a whole number of 0 or more");
  return parsed(n);
}
