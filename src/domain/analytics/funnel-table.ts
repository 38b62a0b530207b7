// CRM.FUNNEL's spill: a row per open stage in configured order, then Won. Prior conversion and
// change are blank when the window has no start (nothing before it to compare with); the weakest
// link's row says so in the last column.
import type { Result } from "../values";
import type { ProcessFunnel } from "./process-funnel";
import { BLANK, type SpillCell, type SpillTable } from "./spill-table";
import type { WeakestLink } from "./weakest-link";

export const FUNNEL_HEADERS = [
  "Stage",
  "Reached",
  "Moved on",
  "Lost at",
  "Still open",
  "Conversion",
  "Median days in stage",
  "Prior conversion",
  "Change",
  "Weakest link",
];

export function funnelTable(funnel: ProcessFunnel): SpillTable {
  const rows = funnel.recent.rows.map((row, i): SpillCell[] => {
    const prior = funnel.prior?.rows[i]?.conversion;
    return [
      row.stage,
      row.reached,
      row.movedOn,
      row.lostAt,
      row.stillOpen,
      row.conversion,
      row.medianDays,
      prior ?? BLANK,
      prior === undefined ? BLANK : change(row.conversion, prior),
      funnel.weakest?.stage === row.stage ? weakestText(funnel.weakest) : BLANK,
    ];
  });
  const won = funnel.recent.won;
  return [FUNNEL_HEADERS, ...rows, ["Won", won, ...Array<string>(8).fill(BLANK)]];
}

function change(now: Result<number>, before: Result<number>): Result<number> {
  if (typeof now !== "number") return now;
  return typeof before === "number" ? now - before : before;
}

function weakestText(w: WeakestLink): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (w.rule === "drop") return `Weakest: ${pct(w.priorConversion ?? 0)} → ${pct(w.conversion)}`;
  return `Weakest: lowest conversion (${pct(w.conversion)})`;
}
