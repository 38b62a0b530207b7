// Per-owner performance in a window (the "personnel" analysis of the source documents): won and
// lost deals closing in it, win rate, won amount and average win, median sales cycle, activities
// logged per win, and the open pipeline expected to close in it, plain and weighted.
import type { StageDefinition } from "../pipeline";
import type { Activity } from "../records";
import { type Result, errorValue } from "../values";
import { medianWonCycleDays } from "./cycle-time";
import { type DayWindow, inWindow } from "./day-window";
import type { DealTimeline } from "./deal-timeline";
import { pipelineValue } from "./open-pipeline";
import { ownerKey, ownerLabel } from "./owner-key";

export type ActivityLike = Pick<Activity, "date" | "owner" | "dealId">;

export interface OwnerFigures {
  readonly owner: string;
  readonly won: number;
  readonly lost: number;
  readonly winRate: Result<number>;
  readonly wonAmount: number;
  readonly averageWon: Result<number>;
  readonly medianCycleDays: Result<number>;
  readonly activities: number;
  readonly activitiesPerWon: Result<number>;
  readonly openDeals: number;
  readonly openAmount: number;
  readonly weightedOpen: number;
}

export const TEAM_LABEL = "Team";

interface Tally {
  owner: string;
  wins: DealTimeline[];
  lost: number;
  wonAmount: number;
  pricedWins: number;
  activities: number;
  openDeals: number;
  openAmount: number;
  weightedOpen: number;
}

/**
 * One row per owner of any deal or activity (sorted by name, zero rows included so nobody is
 * missing from the table), then the team's row over every deal.
 */
export function ownerPerformance(
  timelines: readonly DealTimeline[],
  activities: readonly ActivityLike[],
  stages: readonly StageDefinition[],
  window: DayWindow,
): OwnerFigures[] {
  const tallies = new Map<string, Tally>();
  const team = emptyTally(TEAM_LABEL);
  // a team has a handful of spellings of a handful of names: normalize each spelling once
  const bySpelling = new Map<string | undefined, Tally>();
  const tallyOf = (owner: string | undefined) => {
    const seen = bySpelling.get(owner);
    if (seen !== undefined) return seen;
    const key = ownerKey(owner);
    let tally = tallies.get(key);
    if (tally === undefined) tallies.set(key, (tally = emptyTally(ownerLabel(owner))));
    bySpelling.set(owner, tally);
    return tally;
  };
  for (const t of timelines) {
    const tally = tallyOf(t.deal.owner);
    addDeal(tally, t, stages, window);
    addDeal(team, t, stages, window);
  }
  const dealOwner = new Map(timelines.map((t) => [t.deal.id, t.deal.owner]));
  for (const a of activities) {
    const tally = tallyOf(
      a.owner ?? (a.dealId === undefined ? undefined : dealOwner.get(a.dealId)),
    );
    if (!inWindow(a.date, window)) continue;
    tally.activities++;
    team.activities++;
  }
  const rows = [...tallies.values()].sort((a, b) => a.owner.localeCompare(b.owner));
  return [...rows, team].map(figuresOf);
}

function emptyTally(owner: string): Tally {
  return {
    owner,
    wins: [],
    lost: 0,
    wonAmount: 0,
    pricedWins: 0,
    activities: 0,
    openDeals: 0,
    openAmount: 0,
    weightedOpen: 0,
  };
}

function addDeal(
  tally: Tally,
  t: DealTimeline,
  stages: readonly StageDefinition[],
  window: DayWindow,
): void {
  if (t.outcome === "open") {
    if (!inWindow(t.deal.expectedClose, window)) return;
    tally.openDeals++;
    const value = pipelineValue(t.deal, stages);
    tally.openAmount += value?.amount ?? 0;
    tally.weightedOpen += value?.weighted ?? 0;
    return;
  }
  if (!inWindow(t.closedAt, window)) return;
  if (t.outcome === "lost") {
    tally.lost++;
    return;
  }
  tally.wins.push(t);
  if (t.deal.amount === undefined) return;
  tally.wonAmount += t.deal.amount;
  tally.pricedWins++;
}

function figuresOf(t: Tally): OwnerFigures {
  const won = t.wins.length;
  const cycle = medianWonCycleDays(t.wins);
  return {
    owner: t.owner,
    won,
    lost: t.lost,
    winRate: ratio(won, won + t.lost, "no deal was won or lost in the period"),
    wonAmount: t.wonAmount,
    averageWon: ratio(t.wonAmount, t.pricedWins, "no won deal with an amount in the period"),
    medianCycleDays:
      cycle ?? errorValue("#N/A", "no won deal in the period has both a created and a close date"),
    activities: t.activities,
    activitiesPerWon: ratio(t.activities, won, "no deal was won in the period"),
    openDeals: t.openDeals,
    openAmount: t.openAmount,
    weightedOpen: t.weightedOpen,
  };
}

function ratio(numerator: number, denominator: number, why: string): Result<number> {
  return denominator === 0 ? errorValue("#DIV/0!", why) : numerator / denominator;
}
