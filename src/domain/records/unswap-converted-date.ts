// Dates Excel converted while opening a file in the other order: a UK list opened by US Excel
// turns "11/05/2022" into 5 November and leaves "24/08/2020" as text. When the column's text
// proves it day-first (or the user says so), such a serial is read back with day and month
// swapped; only serials whose day could have been a month (≤ 12) can be such conversions.
import { type ExcelSerial, asExcelSerial, dateFromSerial, serialFromDate } from "./excel-serial";

/** The serial with day and month swapped; undefined when it cannot be a swapped conversion. */
export function unswapConvertedDate(serial: number): ExcelSerial | undefined {
  const day = Math.floor(serial);
  const { year, month, day: dayOfMonth } = dateFromSerial(day);
  if (dayOfMonth > 12 || dayOfMonth === month) return undefined;
  return asExcelSerial(serialFromDate(year, dayOfMonth, month) + (serial - day));
}
