// Excel serial dates for the sample data. Arithmetic stays in whole serial days (UTC), so output
// never depends on the machine's time zone.

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Serial of the calendar date the user sees as "today" on their clock. */
export { excelToday as todaySerial } from "../values";

export function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** [year, month 1-12, day] of a serial. */
export function ymdOf(serial: number): [number, number, number] {
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
