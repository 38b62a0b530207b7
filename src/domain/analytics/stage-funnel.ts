// The stage-to-stage conversion funnel. Each deal counts at every open stage up to the furthest
// one it reached (in configured order; Won is beyond all of them), so a deal that skipped a stage
// still passed it. At a stage a deal has moved on (its furthest stage is later), was lost there
// (furthest here and now Lost) or is still open there. Conversion = moved on ÷ (moved on + lost
// at): deals still open have not decided yet, so they count neither way.
import { type StageDefinition, isLostStage, isWonStage, normalizeStageName } from "../pipeline";
import { type Result, errorValue } from "../values";
import type { DealTimeline } from "./deal-timeline";
import { stageDurations } from "./stage-durations";

export interface FunnelRow {
  readonly stage: string;
  readonly reached: number;
  readonly movedOn: number;
  readonly lostAt: number;
  readonly stillOpen: number;
  readonly conversion: Result<number>;
  /** Median days of finished stays in the stage. */
  readonly medianDays: Result<number>;
}

export interface Funnel {
  readonly rows: readonly FunnelRow[];
  readonly won: number;
  /** Deals whose path touches no configured open stage nor Won (e.g. entered already Lost). */
  readonly unplaced: number;
}

export function stageFunnel(
  timelines: readonly DealTimeline[],
  stages: readonly StageDefinition[],
): Funnel {
  const open = stages.filter((s) => !isWonStage(s.name) && !isLostStage(s.name));
  const index = new Map(open.map((s, i) => [normalizeStageName(s.name), i]));
  const furthestCount = new Array<number>(open.length + 1).fill(0);
  const lostAt = new Array<number>(open.length).fill(0);
  const openAt = new Array<number>(open.length).fill(0);
  let unplaced = 0;
  for (const t of timelines) {
    const f = furthest(t, index, open.length);
    if (f === undefined) unplaced++;
    else {
      furthestCount[f]++;
      if (f < open.length && t.outcome === "lost") lostAt[f]++;
      if (f < open.length && t.outcome === "open") openAt[f]++;
    }
  }
  const durations = stageDurations(timelines);
  let beyond = furthestCount[open.length];
  const rows: FunnelRow[] = [];
  for (let i = open.length - 1; i >= 0; i--) {
    const movedOn = beyond;
    beyond += furthestCount[i];
    const days = durations.get(normalizeStageName(open[i].name))?.medianDays;
    rows.unshift({
      stage: open[i].name,
      reached: beyond,
      movedOn,
      lostAt: lostAt[i],
      stillOpen: openAt[i],
      conversion: conversionOf(movedOn, lostAt[i]),
      medianDays: days ?? errorValue("#N/A", `no finished stay in ${open[i].name} is dated`),
    });
  }
  return { rows, won: furthestCount[open.length], unplaced };
}

function conversionOf(movedOn: number, lost: number): Result<number> {
  if (movedOn + lost === 0) return errorValue("#DIV/0!", "no deal has moved on or been lost here");
  return movedOn / (movedOn + lost);
}

/** Index of the furthest open stage on the deal's path, open.length for Won. */
function furthest(
  t: DealTimeline,
  index: ReadonlyMap<string, number>,
  wonIndex: number,
): number | undefined {
  let best: number | undefined;
  for (const v of t.visits) {
    const i = isWonStage(v.stage) ? wonIndex : index.get(normalizeStageName(v.stage));
    if (i !== undefined && (best === undefined || i > best)) best = i;
  }
  return best;
}
