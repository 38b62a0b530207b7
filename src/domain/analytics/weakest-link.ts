// The weakest link of the funnel, against the team's own history: the stage whose conversion
// fell the most from the deals created before the window (prior) to those created in it
// (recent). Without a prior period, or when no stage fell, it is the stage converting least. A
// stage needs MIN_DECIDED decided deals (moved on or lost) in each period it is judged on, so
// two lost deals do not make a stage "weak".
import { isErrorValue } from "../values";
import type { Funnel } from "./stage-funnel";

export const MIN_DECIDED = 5;

export interface WeakestLink {
  readonly stage: string;
  /** "drop": fell the most against the prior period; "lowest": lowest conversion. */
  readonly rule: "drop" | "lowest";
  readonly conversion: number;
  readonly priorConversion?: number;
}

export function weakestLink(
  recent: Funnel,
  prior?: Funnel,
  minDecided = MIN_DECIDED,
): WeakestLink | undefined {
  let best: WeakestLink | undefined;
  let bestDrop = 0;
  let lowest: WeakestLink | undefined;
  recent.rows.forEach((row, i) => {
    const conversion = decidedConversion(row, minDecided);
    if (conversion === undefined) return;
    if (lowest === undefined || conversion < lowest.conversion) {
      lowest = { stage: row.stage, rule: "lowest", conversion };
    }
    const before = prior === undefined ? undefined : decidedConversion(prior.rows[i], minDecided);
    if (before !== undefined && before - conversion > bestDrop) {
      bestDrop = before - conversion;
      best = { stage: row.stage, rule: "drop", conversion, priorConversion: before };
    }
  });
  return best ?? lowest;
}

function decidedConversion(
  row: Funnel["rows"][number] | undefined,
  minDecided: number,
): number | undefined {
  if (row === undefined || row.movedOn + row.lostAt < minDecided) return undefined;
  return isErrorValue(row.conversion) ? undefined : row.conversion;
}
