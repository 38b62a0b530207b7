// Day-first or month-first, decided by the whole column, not cell by cell: "24/08/2020" can
// only be day-first and "08/24/2020" only month-first, so one such cell settles every ambiguous
// "03/04/2020" of its column. A column without such evidence is left to the workbook's default,
// and a column with evidence both ways follows its majority (the others then fail as dates and
// are named as issues, never swapped silently).
import type { CellValue } from "../values";

export type DateOrder = "mdy" | "dmy";

export interface DateOrderDecision {
  /** The order the column proves; undefined when it cannot tell (the default applies). */
  readonly order?: DateOrder;
  /** Cells readable only day-first (first part > 12, or dotted 24.08.2020). */
  readonly dayFirstOnly: number;
  /** Cells readable only month-first (second part > 12). */
  readonly monthFirstOnly: number;
  /** Numeric dates readable either way (both parts ≤ 12). */
  readonly either: number;
}

// the numeric dates whose order is in question; dotted 1.3.2026 is always day-first (as every
// locale that writes dots reads it), so it counts as day-first evidence
const NUMERIC = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:\s|$)/;
const DOTTED = /^\s*\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:\s|$)/;

export function detectDateOrder(cells: Iterable<CellValue>): DateOrderDecision {
  let dayFirstOnly = 0;
  let monthFirstOnly = 0;
  let either = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    if (DOTTED.test(cell)) {
      dayFirstOnly++;
      continue;
    }
    const m = NUMERIC.exec(cell);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirstOnly++;
    else if (b > 12 && a <= 12) monthFirstOnly++;
    else if (a <= 12 && b <= 12) either++;
  }
  const order: DateOrder | undefined =
    dayFirstOnly > monthFirstOnly ? "dmy" : monthFirstOnly > dayFirstOnly ? "mdy" : undefined;
  return order
    ? { order, dayFirstOnly, monthFirstOnly, either }
    : { dayFirstOnly, monthFirstOnly, either };
}
