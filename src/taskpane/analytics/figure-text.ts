// A figure that may be undefined for a reason (no deal won yet: no average deal) shown as a dash,
// with the reason kept for a tooltip, so an Excel error value never reaches the pane as "#DIV/0!".
import { type Result, isErrorValue } from "../../domain/values";

export const NO_FIGURE = "—";

export function figureText(value: Result<number>, format: (n: number) => string): string {
  return isErrorValue(value) ? NO_FIGURE : format(value);
}

/** Why a figure is a dash, in plain words; undefined when it is a number. */
export function figureReason(value: Result<number>): string | undefined {
  if (!isErrorValue(value)) return undefined;
  const why = value.message ?? "not enough data";
  return why.charAt(0).toUpperCase() + why.slice(1);
}
