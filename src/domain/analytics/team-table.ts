// CRM.TEAM's spill: one row per owner and the team's row, with target, attainment and forecast
// attainment when a targets range is given. Owners who have a target but no deal or activity yet
// still get a row, so a rep's zero is visible.
import { type Result, errorValue } from "../values";
import { attainmentOf } from "./attainment";
import { type OwnerFigures, TEAM_LABEL } from "./owner-performance";
import { ownerKey } from "./owner-key";
import type { SpillCell, SpillTable } from "./spill-table";
import type { OwnerTarget } from "./targets";

export const TEAM_HEADERS = [
  "Owner",
  "Won",
  "Lost",
  "Win rate",
  "Won amount",
  "Average won deal",
  "Median cycle days",
  "Activities",
  "Activities per win",
  "Open deals",
  "Open pipeline",
  "Weighted pipeline",
];
export const TARGET_HEADERS = ["Target", "Attainment", "Forecast attainment"];

export function teamTable(
  rows: readonly OwnerFigures[],
  targets?: ReadonlyMap<string, OwnerTarget>,
): SpillTable {
  if (targets === undefined) return [TEAM_HEADERS, ...rows.map(figureCells)];
  const people = rows.filter((r) => r.owner !== TEAM_LABEL);
  const team = rows.find((r) => r.owner === TEAM_LABEL) as OwnerFigures;
  const known = new Set(people.map((r) => ownerKey(r.owner)));
  const missing = [...targets.entries()]
    .filter(([key]) => !known.has(key))
    .map(([, t]) => zeroFigures(t.owner));
  const all = [...people, ...missing].sort((a, b) => a.owner.localeCompare(b.owner));
  const teamTarget = [...targets.values()].reduce((sum, t) => sum + t.target, 0);
  const body = all.map((r) => [
    ...figureCells(r),
    ...targetCells(r, targets.get(ownerKey(r.owner))?.target),
  ]);
  return [
    [...TEAM_HEADERS, ...TARGET_HEADERS],
    ...body,
    [...figureCells(team), ...targetCells(team, teamTarget)],
  ];
}

function figureCells(r: OwnerFigures): SpillCell[] {
  return [
    r.owner,
    r.won,
    r.lost,
    r.winRate,
    r.wonAmount,
    r.averageWon,
    r.medianCycleDays,
    r.activities,
    r.activitiesPerWon,
    r.openDeals,
    r.openAmount,
    r.weightedOpen,
  ];
}

function targetCells(r: OwnerFigures, target: number | undefined): SpillCell[] {
  if (target === undefined) {
    const none: Result<number> = errorValue("#N/A", `no target for ${r.owner}`);
    return [none, none, none];
  }
  const a = attainmentOf(r, target);
  return [target, a.attainment, a.forecastAttainment];
}

function zeroFigures(owner: string): OwnerFigures {
  const none = (why: string) => errorValue("#DIV/0!", why);
  return {
    owner,
    won: 0,
    lost: 0,
    winRate: none("no deal was won or lost in the period"),
    wonAmount: 0,
    averageWon: none("no won deal with an amount in the period"),
    medianCycleDays: errorValue("#N/A", "no won deal in the period"),
    activities: 0,
    activitiesPerWon: none("no deal was won in the period"),
    openDeals: 0,
    openAmount: 0,
    weightedOpen: 0,
  };
}
