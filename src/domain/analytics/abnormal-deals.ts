// Abnormal deals (the "abnormal projects" of the source documents): open deals stuck far beyond
// their stage's usual stay, priced far outside their stage's usual amounts, whose close date keeps
// being pushed back, or past their expected close, each with every reason that applies.
import { normalizeStageName } from "../pipeline";
import type { Deal } from "../records";
import {
  amountReason,
  type AmountSpread,
  pastDueReason,
  pushedReason,
  stuckReason,
} from "./abnormal-reasons";
import { type AbnormalRules, DEFAULT_ABNORMAL_RULES } from "./abnormal-rules";
import { type FieldChangeLike, closeDatePushes } from "./close-date-pushes";
import type { DealTimeline } from "./deal-timeline";
import { median, medianAbsoluteDeviation } from "./robust-stats";
import { stageDurations } from "./stage-durations";

export interface AbnormalDeal {
  readonly deal: Deal;
  readonly reasons: readonly string[];
}

/** Most reasons first, then the larger amount, then by ID for a stable list. */
export function abnormalDeals(
  timelines: readonly DealTimeline[],
  history: readonly FieldChangeLike[],
  today: number,
  rules: AbnormalRules = DEFAULT_ABNORMAL_RULES,
): AbnormalDeal[] {
  const durations = stageDurations(timelines);
  const open = timelines.filter((t) => t.outcome === "open");
  const spreads = amountSpreads(open);
  const pushes = closeDatePushes(history);
  const found: AbnormalDeal[] = [];
  for (const t of open) {
    const stage = normalizeStageName(t.deal.stage);
    const reasons = [
      stuckReason(t, durations.get(stage), today, rules),
      amountReason(t, spreads.get(stage), rules),
      pushedReason(pushes.get(t.deal.id), rules),
      pastDueReason(t, today),
    ].filter((r): r is string => r !== undefined);
    if (reasons.length > 0) found.push({ deal: t.deal, reasons });
  }
  return found.sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      (b.deal.amount ?? 0) - (a.deal.amount ?? 0) ||
      (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0),
  );
}

/** Median and MAD of the amounts of open deals, per normalized stage. */
function amountSpreads(open: readonly DealTimeline[]): Map<string, AmountSpread> {
  const amounts = new Map<string, number[]>();
  for (const t of open) {
    if (t.deal.amount === undefined) continue;
    const key = normalizeStageName(t.deal.stage);
    const list = amounts.get(key);
    if (list) list.push(t.deal.amount);
    else amounts.set(key, [t.deal.amount]);
  }
  const spreads = new Map<string, AmountSpread>();
  for (const [key, list] of amounts) {
    const mad = medianAbsoluteDeviation(list) as number;
    spreads.set(key, { median: median(list) as number, mad, count: list.length });
  }
  return spreads;
}
