// Excel's TODAY(): the calendar day on the user's clock, not the UTC day. At 21:30 in Los Angeles
// on Nov 30 it is already Dec 1 in UTC, and Excel there still says Nov 30; so the day is read
// with the local getters, then turned into a serial with UTC arithmetic, which has no DST gaps.

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Today's Excel serial day number (whole days since 1899-12-30) on the machine's clock. */
export function excelToday(now: number | Date = Date.now()): number {
  const d = new Date(now);
  return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - EPOCH_MS) / DAY_MS);
}
