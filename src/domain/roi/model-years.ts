// Business-case years on the calendar: year 0 is the model start itself (initial investment);
// year t ≥ 1 covers [start + 12(t−1) months, start + 12t months). Month steps clamp the day to
// the month's length (Jan 31 + 1 month = Feb 28/29), in UTC serial arithmetic.

import { type ExcelSerial, dateFromSerial, daysInMonth, serialFromDate } from "../records";

export interface ScheduleOptions {
  /** Years after year 0: 3 gives years 0..3 as in Forrester TEI. */
  readonly horizonYears: number;
  readonly startSerial: number;
}

export function addMonths(serial: number, months: number): ExcelSerial {
  const { year, month, day } = dateFromSerial(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return serialFromDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** First day of each year 1..horizon+1; the last entry ends the horizon. */
export function yearStarts(options: ScheduleOptions): ExcelSerial[] {
  const starts: ExcelSerial[] = [];
  for (let t = 1; t <= options.horizonYears + 1; t++) {
    starts.push(addMonths(options.startSerial, 12 * (t - 1)));
  }
  return starts;
}

/** The year 1..horizon containing a day after the model start; undefined past the horizon. */
export function yearOf(day: number, starts: readonly ExcelSerial[]): number | undefined {
  for (let t = 1; t < starts.length; t++) {
    if (day < starts[t]) return t;
  }
  return undefined;
}
