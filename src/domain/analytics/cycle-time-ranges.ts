// CRM.CYCLETIME over sheet ranges: median days from created to closed, one deal per row. With an
// outcomes range only the Won rows count, so the figure is "how long a win takes".
import { isWonStage } from "../pipeline";
import { optionalNumberArg } from "../segments/scalar-arg";
import {
  type CellValue,
  type RangeArg,
  type Result,
  errorValue,
  flattenRange,
  isBlank,
  isErrorValue,
} from "../values";
import { median } from "./robust-stats";

export function cycleTimeFromRanges(
  createdDates: RangeArg,
  closedDates: RangeArg,
  outcomes: RangeArg = null,
): Result<number> {
  const created = flattenRange(createdDates);
  const closed = flattenRange(closedDates);
  const outcome = outcomes === null ? undefined : flattenRange(outcomes);
  if (closed.length !== created.length) {
    return errorValue(
      "#VALUE!",
      `closed_dates has ${closed.length} cells, created_dates has ${created.length}`,
    );
  }
  if (outcome !== undefined && outcome.length !== created.length) {
    return errorValue(
      "#VALUE!",
      `outcomes has ${outcome.length} cells, created_dates has ${created.length}`,
    );
  }
  const days: number[] = [];
  for (let i = 0; i < created.length; i++) {
    if (
      outcome !== undefined &&
      !(typeof outcome[i] === "string" && isWonStage(String(outcome[i])))
    ) {
      continue;
    }
    const d = rowDays(created[i], closed[i], i);
    if (isErrorValue(d)) return d;
    if (d !== undefined) days.push(d);
  }
  const result = median(days);
  if (result === undefined)
    return errorValue("#N/A", "no deal has both a created and a closed date");
  return result;
}

/** Whole days of row i; undefined when a date is blank (the deal is not closed yet). */
function rowDays(
  createdCell: CellValue,
  closedCell: CellValue,
  i: number,
): Result<number | undefined> {
  if (isBlank(createdCell) || isBlank(closedCell)) return undefined;
  const start = optionalNumberArg(createdCell, `row ${i + 1} created date`);
  if (isErrorValue(start)) return start;
  const end = optionalNumberArg(closedCell, `row ${i + 1} closed date`);
  if (isErrorValue(end)) return end;
  const days = Math.floor(end as number) - Math.floor(start as number);
  if (days < 0) return errorValue("#NUM!", `row ${i + 1}: closed before it was created`);
  return days;
}
