// What the board shows for a set of deals and filters, computed once per change of either (not
// on every stage switch or drag): the stage summaries, stale deals, each stage's deals and the
// deals whose stage is not configured.
import { useMemo } from "react";
import {
  type BoardFilters,
  type StaleDaysByStage,
  staleDeals,
  summarizeBoard,
} from "../../domain/board";
import type { StageDefinition } from "../../domain/pipeline";
import type { Deal } from "../../domain/records";
import { dealsByStage } from "./board-lanes";

export function useBoard(
  deals: readonly Deal[],
  stages: readonly StageDefinition[],
  staleDays: StaleDaysByStage,
  filters: BoardFilters,
  today: number,
) {
  const board = useMemo(() => summarizeBoard(deals, stages, filters), [deals, stages, filters]);
  const stale = useMemo(
    () => staleDeals(deals, today, staleDays, filters),
    [deals, today, staleDays, filters],
  );
  const staleById = useMemo(() => new Map(stale.map((s) => [s.deal.id, s])), [stale]);
  const lanes = useMemo(() => dealsByStage(deals, stages, filters), [deals, stages, filters]);
  const unknown = useMemo(() => {
    const ids = new Set(board.unknownStage);
    return deals.filter((d) => ids.has(d.id));
  }, [deals, board.unknownStage]);
  return { board, staleCount: stale.length, staleById, lanes, unknown };
}
