// A forecast period as people read it at a glance: "Dec 2026" for a month, "Q4 2026" for a
// quarter (the domain labels them "2026-12" / "2026 Q4" for sorting and for the sheet).
import type { CalendarPeriod, PeriodKind } from "../../domain/board";
import { dateFromSerial } from "../../domain/records";

const monthYear = new Intl.DateTimeFormat(undefined, {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function periodLabel(period: CalendarPeriod, kind: PeriodKind): string {
  const { year, month } = dateFromSerial(period.start);
  if (kind === "quarter") return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  return monthYear.format(new Date(Date.UTC(year, month - 1, 1)));
}
