// How long deals usually stay in each stage: the median days of finished stays (the deal entered
// and left the stage, both dated). Ongoing stays are left out, so a stage full of stuck deals does
// not make being stuck look normal.
import { normalizeStageName } from "../pipeline";
import type { DealTimeline } from "./deal-timeline";
import { median } from "./robust-stats";

export interface StageDuration {
  readonly medianDays: number;
  /** Finished stays the median is taken over. */
  readonly stays: number;
}

/** By normalized stage name. */
export function stageDurations(timelines: readonly DealTimeline[]): Map<string, StageDuration> {
  const days = new Map<string, number[]>();
  for (const t of timelines) {
    for (const v of t.visits) {
      if (v.enteredAt === undefined || v.leftAt === undefined) continue;
      const key = normalizeStageName(v.stage);
      const list = days.get(key);
      if (list) list.push(v.leftAt - v.enteredAt);
      else days.set(key, [v.leftAt - v.enteredAt]);
    }
  }
  const out = new Map<string, StageDuration>();
  for (const [key, list] of days)
    out.set(key, { medianDays: median(list) as number, stays: list.length });
  return out;
}
