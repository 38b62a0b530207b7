// The reporting window every analytics figure is filtered by: whole Excel days, inclusive, either
// bound open-ended; and the calendar periods (month, quarter, year) a window can be made from.
import { periodsBetween } from "../board";
import { dateFromSerial, serialFromDate } from "../records";
import { optionalNumberArg } from "../segments/scalar-arg";
import { type CellValue, type Result, errorValue, isErrorValue } from "../values";

export interface DayWindow {
  readonly from?: number;
  readonly to?: number;
}

export type PeriodKind = "month" | "quarter" | "year";

export interface LabelledWindow {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** Whether a date falls in the window; an undefined date is only inside an unbounded window. */
export function inWindow(date: number | undefined, window: DayWindow): boolean {
  if (window.from === undefined && window.to === undefined) return true;
  if (date === undefined) return false;
  const day = Math.floor(date);
  if (window.from !== undefined && day < Math.floor(window.from)) return false;
  return window.to === undefined || day <= Math.floor(window.to);
}

/** Every whole month, quarter or year containing a day of [from, to], oldest first. */
export function periodWindows(kind: PeriodKind, from: number, to: number): LabelledWindow[] {
  if (kind !== "year") {
    return periodsBetween(kind, from, to).map((p) => ({
      label: p.label,
      from: p.start,
      to: p.end,
    }));
  }
  const windows: LabelledWindow[] = [];
  if (Math.floor(from) > Math.floor(to)) return windows;
  const last = dateFromSerial(to).year;
  for (let y = dateFromSerial(from).year; y <= last; y++) {
    windows.push({
      label: String(y),
      from: serialFromDate(y, 1, 1),
      to: serialFromDate(y + 1, 1, 1) - 1,
    });
  }
  return windows;
}

/** The window from two optional date arguments (blank = open-ended); from after to is #NUM!. */
export function parseDayWindow(from: CellValue, to: CellValue): Result<DayWindow> {
  const start = optionalNumberArg(from, "from");
  if (isErrorValue(start)) return start;
  const end = optionalNumberArg(to, "to");
  if (isErrorValue(end)) return end;
  if (start !== undefined && end !== undefined && Math.floor(start) > Math.floor(end)) {
    return errorValue("#NUM!", "from is after to");
  }
  const window: { from?: number; to?: number } = {};
  if (start !== undefined) window.from = Math.floor(start);
  if (end !== undefined) window.to = Math.floor(end);
  return window;
}
