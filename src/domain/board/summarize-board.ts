// The pipeline board's column headers: per configured stage (in configured order) the number of
// deals, their raw total and their weighted total (amount × (deal probability ?? stage's)).

import type { StageDefinition } from "../pipeline";
import { type BoardDeal, stageOf, winProbability } from "./board-deal";
import { type BoardFilters, matchesFilters } from "./board-filters";

export interface StageSummary {
  readonly stage: string;
  readonly probability: number;
  readonly count: number;
  readonly total: number;
  readonly weighted: number;
  /** Deals counted here whose amount is not known (not in total or weighted). */
  readonly unpriced: number;
}

export interface BoardSummary {
  readonly stages: readonly StageSummary[];
  readonly count: number;
  readonly total: number;
  readonly weighted: number;
  /** IDs of filtered-in deals whose stage is not configured: shown as a problem, not dropped. */
  readonly unknownStage: readonly string[];
}

export function summarizeBoard(
  deals: readonly BoardDeal[],
  stages: readonly StageDefinition[],
  filters: BoardFilters = {},
): BoardSummary {
  const rows = stages.map((s) => ({ stage: s.name, probability: s.probability, ...zero() }));
  const unknownStage: string[] = [];
  for (const deal of deals) {
    if (!matchesFilters(deal, filters)) continue;
    const stage = stageOf(deal, stages);
    if (stage === undefined) {
      unknownStage.push(deal.id);
      continue;
    }
    const row = rows[stages.indexOf(stage)];
    row.count += 1;
    // a deal without an amount is counted, and flagged by the board, never summed as zero
    if (deal.amount === undefined) {
      row.unpriced += 1;
      continue;
    }
    row.total += deal.amount;
    row.weighted += deal.amount * winProbability(deal, stage);
  }
  const sum = (key: "count" | "total" | "weighted") => rows.reduce((acc, r) => acc + r[key], 0);
  return {
    stages: rows,
    count: sum("count"),
    total: sum("total"),
    weighted: sum("weighted"),
    unknownStage,
  };
}

function zero() {
  return { count: 0, total: 0, weighted: 0, unpriced: 0 };
}
