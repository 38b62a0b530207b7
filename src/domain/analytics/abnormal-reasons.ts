// The four abnormal-deal rules, each giving a reason in plain words or nothing. They apply to
// open deals only: a closed deal can no longer be rescued.
import { isoDateFromSerial } from "../records";
import type { AbnormalRules } from "./abnormal-rules";
import type { ClosePushes } from "./close-date-pushes";
import type { DealTimeline } from "./deal-timeline";
import type { StageDuration } from "./stage-durations";

export interface AmountSpread {
  readonly median: number;
  readonly mad: number;
  readonly count: number;
}

/** Stuck: the current stay is far beyond the stage's median finished stay. */
export function stuckReason(
  t: DealTimeline,
  usual: StageDuration | undefined,
  today: number,
  rules: AbnormalRules,
): string | undefined {
  const current = t.visits[t.visits.length - 1];
  if (current?.enteredAt === undefined || usual === undefined) return undefined;
  if (usual.stays < rules.minSamples) return undefined;
  const days = Math.floor(today - current.enteredAt);
  if (days < rules.stuckMinDays || days <= rules.stuckFactor * usual.medianDays) return undefined;
  const times =
    usual.medianDays > 0 ? `, ${(days / usual.medianDays).toFixed(1)}× the usual` : "; usually";
  return `In ${current.stage} for ${days} days${times} ${round(usual.medianDays)} days`;
}

/** Amount outlier: modified z-score of the amount within its stage's open deals. */
export function amountReason(
  t: DealTimeline,
  spread: AmountSpread | undefined,
  rules: AbnormalRules,
): string | undefined {
  const amount = t.deal.amount;
  if (amount === undefined || spread === undefined || spread.count < rules.minSamples)
    return undefined;
  if (spread.mad === 0) return undefined;
  const z = (0.6745 * Math.abs(amount - spread.median)) / spread.mad;
  if (z <= rules.amountZ) return undefined;
  const side = amount > spread.median ? "above" : "below";
  return `Amount ${money(amount)} is far ${side} the usual ${t.deal.stage} deal (median ${money(spread.median)})`;
}

export function pushedReason(
  pushes: ClosePushes | undefined,
  rules: AbnormalRules,
): string | undefined {
  if (pushes === undefined || pushes.count < rules.minPushes) return undefined;
  const span = `${isoDateFromSerial(pushes.firstDate)} → ${isoDateFromSerial(pushes.lastDate)}`;
  return `Close date pushed back ${pushes.count} times (${span})`;
}

/** Past due: still open after its expected close day. */
export function pastDueReason(t: DealTimeline, today: number): string | undefined {
  const close = t.deal.expectedClose;
  if (close === undefined || Math.floor(close) >= Math.floor(today)) return undefined;
  const days = Math.floor(today) - Math.floor(close);
  return `Expected close ${isoDateFromSerial(close)} passed ${days} day${days === 1 ? "" : "s"} ago`;
}

function round(x: number): string {
  return x >= 10 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

function money(x: number): string {
  const [whole, cents] = Math.abs(x).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${x < 0 ? "-" : ""}${grouped}${cents === "00" ? "" : `.${cents}`}`;
}
