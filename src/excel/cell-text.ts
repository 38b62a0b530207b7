// Writing text that must stay text. Excel reads a written "=x", "+1", "-x", "@x", "12" or "TRUE"
// as a formula, number or boolean; a leading apostrophe keeps it literal (and is not stored). The
// apostrophe only works in a General cell (a Text "@" cell would keep it), so such writes also
// reset the cell to General.

import type { PortCell } from "./workbook-port";

export const GENERAL_FORMAT = "General";

const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[+-]?[\d.,$€£(]|%\s*$|^\s*(true|false)\s*$/i;

/** True when Excel would turn this string into something other than the same text. */
export function needsTextGuard(value: PortCell): value is string {
  return typeof value === "string" && (FORMULA_START.test(value) || NUMBER_LIKE.test(value));
}

/** The cell input that writes `value` unchanged. */
export function cellInput(value: PortCell): PortCell {
  return needsTextGuard(value) ? `'${value}` : value;
}
