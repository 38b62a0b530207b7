// Filters shared by the board, stale list and forecast: one owner (or "mine") and an
// expected-close window in whole Excel days, inclusive on both ends.

import type { Deal } from "../records";
import { sameOwner } from "./board-deal";

export interface BoardFilters {
  /** Keep only this owner's deals (case- and space-insensitive); deals without an owner drop. */
  readonly owner?: string;
  /** First close day kept; deals without an expected close drop when a bound is set. */
  readonly closeFrom?: number;
  readonly closeTo?: number;
}

/** "My deals": the filters with the owner set to the signed-in user's name. */
export function mine(me: string, filters: BoardFilters = {}): BoardFilters {
  return { ...filters, owner: me };
}

export function matchesFilters(
  deal: Pick<Deal, "owner" | "expectedClose">,
  filters: BoardFilters,
): boolean {
  if (filters.owner !== undefined && !sameOwner(deal.owner, filters.owner)) return false;
  if (filters.closeFrom === undefined && filters.closeTo === undefined) return true;
  if (deal.expectedClose === undefined) return false;
  const day = Math.floor(deal.expectedClose);
  if (filters.closeFrom !== undefined && day < Math.floor(filters.closeFrom)) return false;
  return filters.closeTo === undefined || day <= Math.floor(filters.closeTo);
}
