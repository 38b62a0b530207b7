// Stale ("rotting", as Pipedrive calls it) deals: idle days = today − (last activity ?? created),
// stale when beyond the stage's threshold. Won and Lost deals are closed, so never stale.

import { isLostStage, isWonStage, normalizeStageName } from "../pipeline";
import type { Deal } from "../records";
import type { BoardDeal } from "./board-deal";
import { type BoardFilters, matchesFilters } from "./board-filters";

/** Idle-day thresholds by stage name (any case or spacing); a stage without one never rots. */
export type StaleDaysByStage = Readonly<Record<string, number>>;

export interface StaleDeal {
  readonly deal: BoardDeal;
  readonly idleDays: number;
  readonly thresholdDays: number;
}

/** Whole days since the last touch; undefined when the deal has neither date. */
export function idleDays(
  deal: Pick<Deal, "lastActivity" | "created">,
  today: number,
): number | undefined {
  const touched = deal.lastActivity ?? deal.created;
  return touched === undefined ? undefined : Math.floor(today) - Math.floor(touched);
}

export function staleThreshold(
  stage: string,
  staleDaysByStage: StaleDaysByStage,
): number | undefined {
  if (isWonStage(stage) || isLostStage(stage)) return undefined;
  const key = normalizeStageName(stage);
  const match = Object.keys(staleDaysByStage).find((name) => normalizeStageName(name) === key);
  return match === undefined ? undefined : staleDaysByStage[match];
}

export function isStale(
  deal: Pick<Deal, "stage" | "lastActivity" | "created">,
  today: number,
  staleDaysByStage: StaleDaysByStage,
): boolean {
  const threshold = staleThreshold(deal.stage, staleDaysByStage);
  const idle = idleDays(deal, today);
  return threshold !== undefined && idle !== undefined && idle > threshold;
}

/** The stale deals, longest overdue (idle − threshold) first, then by ID for a stable list. */
export function staleDeals(
  deals: readonly BoardDeal[],
  today: number,
  staleDaysByStage: StaleDaysByStage,
  filters: BoardFilters = {},
): StaleDeal[] {
  const stale: StaleDeal[] = [];
  for (const deal of deals) {
    if (!matchesFilters(deal, filters) || !isStale(deal, today, staleDaysByStage)) continue;
    const thresholdDays = staleThreshold(deal.stage, staleDaysByStage) as number;
    stale.push({ deal, idleDays: idleDays(deal, today) as number, thresholdDays });
  }
  const overdue = (s: StaleDeal) => s.idleDays - s.thresholdDays;
  return stale.sort((a, b) => overdue(b) - overdue(a) || compareIds(a.deal.id, b.deal.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
