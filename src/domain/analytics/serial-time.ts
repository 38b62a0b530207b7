// Stage transitions are stamped in milliseconds while every date on a sheet is an Excel serial;
// analytics compare the two, so a transition's moment is read as a serial on the user's local
// calendar day, the same day Excel's TODAY() gives.
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Excel serial (local day + time-of-day fraction) of a moment in ms since the Unix epoch: the
 * local clock reading is the moment shifted by the offset in force then, as excelToday reads it.
 */
export function serialFromMs(at: number): number {
  const offsetMs = new Date(at).getTimezoneOffset() * 60_000;
  return (at - offsetMs - EPOCH_MS) / DAY_MS;
}
