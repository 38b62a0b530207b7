// The weakest link of the funnel in plain words: where deals die, against what, and what it
// takes before a stage is judged at all.
import { MIN_DECIDED, type WeakestLink } from "../../domain/analytics";
import { formatWholePercent } from "../format";

export function weakestLinkText(weakest: WeakestLink | undefined): string {
  if (weakest === undefined) {
    return `Not enough decided deals yet to name a weakest stage: a stage needs ${MIN_DECIDED} deals that moved on or were lost there.`;
  }
  if (weakest.conversion >= 1) {
    return "No stage has lost a deal yet: every deal that left a stage moved on.";
  }
  const now = formatWholePercent(weakest.conversion);
  if (weakest.rule === "drop" && weakest.priorConversion !== undefined) {
    const before = formatWholePercent(weakest.priorConversion);
    return `Weakest link: ${weakest.stage}. ${now} of deals there move on, down from ${before} for the deals created before this period.`;
  }
  return `Weakest link: ${weakest.stage}. Only ${now} of the deals that leave it move on; the rest are lost there.`;
}
