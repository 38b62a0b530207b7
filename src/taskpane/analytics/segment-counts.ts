// How many customers fall in each RFM value segment, scored against the whole customer base as
// the customer card and =CRM.RFM score them, in the segments' own order (best first), then
// "Others" and the customers with nothing to score yet. Empty segments are left out.
import { buildRfmPopulation } from "../../domain/activity";
import type { Customer } from "../../domain/records";
import { OTHER_SEGMENT, RFM_SEGMENTS, segmentName } from "../../domain/segments";
import { isErrorValue } from "../../domain/values";

export const NOT_SCORED = "Not scored yet";

export interface SegmentCount {
  readonly segment: string;
  readonly customers: number;
}

export function segmentCounts(customers: readonly Customer[], today: number): SegmentCount[] {
  const counts = new Map<string, number>();
  for (const scores of buildRfmPopulation(customers, today).values()) {
    const name = isErrorValue(scores) ? NOT_SCORED : segmentName(scores);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const order = [...RFM_SEGMENTS.map((s) => s.name), OTHER_SEGMENT, NOT_SCORED];
  return order.flatMap((segment) => {
    const n = counts.get(segment);
    return n === undefined ? [] : [{ segment, customers: n }];
  });
}
