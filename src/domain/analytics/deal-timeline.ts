// A deal's life as the analytics read it: when it was created and closed, how it ended, and each
// stay in a stage, rebuilt from the recorded stage transitions (ms) and the deal's own dates
// (Excel serials). Every date here is a serial, so it compares with sheet dates directly.
import { isLostStage, isWonStage, normalizeStageName } from "../pipeline";
import type { Deal } from "../records";
import { serialFromMs } from "./serial-time";

export interface TransitionLike {
  readonly dealId: string;
  readonly from?: string;
  readonly to: string;
  /** ms since the Unix epoch. */
  readonly at: number;
}

export type Outcome = "won" | "lost" | "open";

export interface StageVisit {
  readonly stage: string;
  /** Undefined when neither a transition nor the Created date says when it began. */
  readonly enteredAt?: number;
  /** Undefined while the deal is still in the stage. */
  readonly leftAt?: number;
}

export interface DealTimeline {
  readonly deal: Deal;
  readonly outcome: Outcome;
  /** The Created column, else the first recorded transition. */
  readonly createdAt?: number;
  /** Won/Lost only; see closedAt below for the rule. */
  readonly closedAt?: number;
  /** Stays in stages, oldest first; the last one is the current stage. */
  readonly visits: readonly StageVisit[];
}

export function outcomeOf(stage: string): Outcome {
  if (isWonStage(stage)) return "won";
  return isLostStage(stage) ? "lost" : "open";
}

/** One timeline per deal, in the order of `deals`. */
export function dealTimelines(
  deals: readonly Deal[],
  transitions: readonly TransitionLike[],
): DealTimeline[] {
  const byDeal = new Map<string, TransitionLike[]>();
  for (const t of transitions) {
    const list = byDeal.get(t.dealId);
    if (list) list.push(t);
    else byDeal.set(t.dealId, [t]);
  }
  return deals.map((deal) => dealTimeline(deal, byDeal.get(deal.id) ?? []));
}

/** A transition with its moment already read as a serial (each is read once). */
interface Step {
  readonly from?: string;
  readonly to: string;
  readonly at: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function dealTimeline(deal: Deal, transitions: readonly TransitionLike[]): DealTimeline {
  const steps = stepsOf(transitions);
  const timeline: Mutable<DealTimeline> = {
    deal,
    outcome: outcomeOf(deal.stage),
    visits: stageVisits(deal, steps),
  };
  const createdAt = deal.created ?? steps[0]?.at;
  if (createdAt !== undefined) timeline.createdAt = createdAt;
  if (timeline.outcome === "open") return timeline;
  const closedAt = closedAtOf(deal, steps);
  if (closedAt !== undefined) timeline.closedAt = closedAt;
  return timeline;
}

/** Oldest first; the store hands transitions over in time order, so usually nothing moves. */
function stepsOf(transitions: readonly TransitionLike[]): Step[] {
  const steps = transitions.map((t) => ({ from: t.from, to: t.to, at: serialFromMs(t.at) }));
  for (let i = 1; i < steps.length; i++) {
    if (steps[i].at < steps[i - 1].at) return steps.sort((a, b) => a.at - b.at);
  }
  return steps;
}

/**
 * A recorded move into the deal's closing stage is when it closed. A deal that was already Won or
 * Lost when the store first saw it closed on its Expected Close date (sheets keep the close date
 * there), else on the day it was first seen.
 */
function closedAtOf(deal: Deal, steps: readonly Step[]): number | undefined {
  for (let i = steps.length - 1; i >= 0; i--) {
    const t = steps[i];
    if (t.from !== undefined && sameStage(t.to, deal.stage)) return t.at;
  }
  return deal.expectedClose ?? steps[0]?.at;
}

function stageVisits(deal: Deal, steps: readonly Step[]): StageVisit[] {
  const visits: { stage: string; enteredAt?: number; leftAt?: number }[] = [];
  const first = steps[0];
  if (first === undefined) return [startVisit(deal.stage, deal.created)];
  if (first.from !== undefined) visits.push(startVisit(first.from, deal.created));
  for (const t of steps) {
    const open = visits[visits.length - 1];
    if (open !== undefined && open.leftAt === undefined) open.leftAt = t.at;
    const entered = visits.length === 0 && deal.created !== undefined ? deal.created : t.at;
    visits.push({ stage: t.to, enteredAt: Math.min(entered, t.at) });
  }
  // the sheet moved the deal without a recorded transition: when it left is unknown
  const last = visits[visits.length - 1];
  if (!sameStage(last.stage, deal.stage)) visits.push({ stage: deal.stage });
  return visits;
}

function startVisit(stage: string, enteredAt: number | undefined): StageVisit {
  return enteredAt === undefined ? { stage } : { stage, enteredAt };
}

function sameStage(a: string, b: string): boolean {
  return a === b || normalizeStageName(a) === normalizeStageName(b);
}
