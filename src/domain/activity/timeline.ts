// A customer's activity timeline: every call, e-mail, meeting, note and task linked to the
// customer or to one of its deals, newest first; same-time entries by ID, newest ID first
// (IDs sort by creation time), so the order never flickers between renders.

import type { Activity } from "../records";

export function timeline(
  activities: readonly Activity[],
  customerId: string,
  dealIds: readonly string[] = [],
): Activity[] {
  const deals = new Set(dealIds);
  return activities
    .filter((a) => a.customerId === customerId || (a.dealId !== undefined && deals.has(a.dealId)))
    .sort(newestFirst);
}

export function newestFirst(a: Activity, b: Activity): number {
  return b.date - a.date || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
