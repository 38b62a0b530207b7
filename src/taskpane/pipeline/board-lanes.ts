// The board's lanes: the filtered deals grouped by their configured stage in one pass (a
// 25,000-deal board must not scan every deal once per stage), whether an open deal is past due,
// and which card takes focus when one leaves a lane.
import { type BoardFilters, matchesFilters } from "../../domain/board";
import { type StageDefinition, findStage, isLostStage, isWonStage } from "../../domain/pipeline";
import type { Deal } from "../../domain/records";

/** Filtered-in deals by configured stage name, every configured stage present, in sheet order. */
export function dealsByStage(
  deals: readonly Deal[],
  stages: readonly StageDefinition[],
  filters: BoardFilters,
): ReadonlyMap<string, readonly Deal[]> {
  const lanes = new Map<string, Deal[]>(stages.map((s) => [s.name, []]));
  for (const deal of deals) {
    if (!matchesFilters(deal, filters)) continue;
    const stage = findStage(deal.stage, stages);
    if (stage) lanes.get(stage.name)?.push(deal);
  }
  return lanes;
}

/** An open deal whose expected close day is before today; won and lost deals are done. */
export function isPastDue(deal: Pick<Deal, "stage" | "expectedClose">, today: number): boolean {
  if (deal.expectedClose === undefined) return false;
  if (isWonStage(deal.stage) || isLostStage(deal.stage)) return false;
  return Math.floor(deal.expectedClose) < Math.floor(today);
}

/**
 * The card to focus once `id` leaves the lane: the one after it, else the one before it, else
 * none (the lane is empty and focus goes to its stage).
 */
export function neighbourOf(lane: readonly Pick<Deal, "id">[], id: string): string | undefined {
  const at = lane.findIndex((d) => d.id === id);
  if (at < 0) return undefined;
  return (lane[at + 1] ?? lane[at - 1])?.id;
}

export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
