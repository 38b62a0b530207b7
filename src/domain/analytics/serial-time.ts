// Stage transitions are stamped in milliseconds while every date on a sheet is an Excel serial;
// analytics compare the two, so a transition's moment is read as a serial on the user's local
// calendar day, the same day Excel's TODAY() gives.
import { excelToday } from "../values";

const DAY_MS = 86_400_000;

/** Excel serial (local day + time-of-day fraction) of a moment in ms since the Unix epoch. */
export function serialFromMs(at: number): number {
  const d = new Date(at);
  const sinceMidnight =
    ((d.getHours() * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds();
  return excelToday(at) + sinceMidnight / DAY_MS;
}
