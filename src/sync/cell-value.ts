// Record field values as cells: an absent field is a blank cell; numbers (amounts, date serials,
// probabilities as fractions) and text are written as they are.

import type { PortCell } from "../excel/workbook-port";

export function cellValueOf(value: unknown): PortCell {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  return String(value);
}
