// Sales cycle: days from a deal's creation to its close. The team figure is the median over won
// deals, because a few year-long deals would drag a mean far from what a typical win takes.
import type { DealTimeline } from "./deal-timeline";
import { median } from "./robust-stats";

/** Days created → closed; undefined when either date is unknown or they run backwards. */
export function cycleDays(timeline: DealTimeline): number | undefined {
  const { createdAt, closedAt } = timeline;
  if (createdAt === undefined || closedAt === undefined) return undefined;
  const days = Math.floor(closedAt) - Math.floor(createdAt);
  return days >= 0 ? days : undefined;
}

/** Median cycle of the won deals among `timelines`; undefined when none has both dates. */
export function medianWonCycleDays(timelines: readonly DealTimeline[]): number | undefined {
  const days: number[] = [];
  for (const t of timelines) {
    if (t.outcome !== "won") continue;
    const d = cycleDays(t);
    if (d !== undefined) days.push(d);
  }
  return median(days);
}
