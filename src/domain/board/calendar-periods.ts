// Calendar months and quarters as Excel serial ranges, computed in UTC calendar arithmetic (via
// the records module's serial conversions) so they never shift with the machine's time zone.

import { type ExcelSerial, dateFromSerial, serialFromDate } from "../records";

export type PeriodKind = "month" | "quarter";

export interface CalendarPeriod {
  /** "2026-11" for a month, "2026 Q4" for a quarter. */
  readonly label: string;
  /** First and last day of the period, both inclusive. */
  readonly start: ExcelSerial;
  readonly end: ExcelSerial;
}

/** Every whole period that contains a day of [from, to]; empty when from is after to. */
export function periodsBetween(kind: PeriodKind, from: number, to: number): CalendarPeriod[] {
  const months = kind === "month" ? 1 : 3;
  const first = dateFromSerial(from);
  const last = Math.floor(to);
  const periods: CalendarPeriod[] = [];
  if (Math.floor(from) > last) return periods;
  let index = first.year * 12 + Math.floor((first.month - 1) / months) * months;
  for (;;) {
    const period = periodAt(kind, index, months);
    if (period.start > last) return periods;
    periods.push(period);
    index += months;
  }
}

/** The period that starts at month index (year × 12 + month − 1). */
function periodAt(kind: PeriodKind, index: number, months: number): CalendarPeriod {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const start = serialFromDate(year, month, 1);
  const end = (serialFromDate(year, month + months, 1) - 1) as ExcelSerial;
  const pad = (n: number) => String(n).padStart(2, "0");
  const label = kind === "month" ? `${year}-${pad(month)}` : `${year} Q${(month + 2) / 3}`;
  return { label, start, end };
}
