// Writing text that must stay text. Excel reads a written "=x", "+1", "-x", "@x", "12", "00123",
// "1e5", "1/2", "10:30", "$5", "TRUE", "#N/A", "Jan 5" or "March 2024" as a formula, number, date,
// time, boolean or error, and drops the apostrophe of "'tis"; a leading apostrophe keeps text
// literal (and is not stored). The apostrophe only works in a General cell (a Text "@" cell
// would keep it), so such writes also reset the cell to General. Guarding more than Excel would
// convert costs nothing but an apostrophe in the formula bar; guarding less changes user data.

import type { PortCell } from "./workbook-port";

export const GENERAL_FORMAT = "General";

const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[+-]?[\d.,$€£¥(]|%\s*$|^\s*(true|false)\s*$/i;
// an error literal (#N/A), or an apostrophe Excel would take as the text prefix and drop
const PREFIX_OR_ERROR = /^\s*['#]/;
// a month name with a day or year around it: "Jan 5", "5-Jan", "March 2024", "Sept. 3, 2024"
const MONTH_DATE =
  /^\s*(\d{1,2}[\s./-]+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?([\s,./-]+\d{1,4}){0,2}\s*$/i;

/** True when Excel would turn this string into something other than the same text. */
export function needsTextGuard(value: PortCell): value is string {
  if (typeof value !== "string") return false;
  return (
    FORMULA_START.test(value) ||
    NUMBER_LIKE.test(value) ||
    PREFIX_OR_ERROR.test(value) ||
    (MONTH_DATE.test(value) && /\d/.test(value))
  );
}

/** The cell input that writes `value` unchanged. */
export function cellInput(value: PortCell): PortCell {
  return needsTextGuard(value) ? `'${value}` : value;
}
