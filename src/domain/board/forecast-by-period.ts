// Sales forecast per calendar month or quarter by expected close date, in cumulative forecast
// categories (Salesforce/HubSpot roll-ups): Closed = Closed-category (won) amounts; Commit =
// Closed + Commit-category; Best case = Commit + Best-case-category; Pipeline = Best case +
// Pipeline-category, so Closed ⊂ Commit ⊂ Best case ⊂ Pipeline. Omitted (Lost) deals count nowhere.
// Weighted = Σ amount × (deal probability ?? stage probability) over the non-omitted deals.

import type { StageDefinition } from "../pipeline";
import { type BoardDeal, stageOf, winProbability } from "./board-deal";
import { matchesFilters } from "./board-filters";
import { type CalendarPeriod, type PeriodKind, periodsBetween } from "./calendar-periods";
import {
  type CategoryByStage,
  DEFAULT_FORECAST_CATEGORIES,
  type ForecastCategory,
  categoryOfStage,
} from "./forecast-categories";

export interface ForecastOptions {
  readonly period: PeriodKind;
  /** Rows are the whole periods containing a day of [from, to] (Excel serials). */
  readonly from: number;
  readonly to: number;
  readonly owner?: string;
  readonly categories?: CategoryByStage;
}

export interface ForecastFigures {
  /** Deals counted (omitted ones excluded). */
  readonly deals: number;
  readonly closed: number;
  readonly commit: number;
  readonly bestCase: number;
  readonly pipeline: number;
  readonly weighted: number;
}

export type ForecastRow = CalendarPeriod & ForecastFigures;

export interface Forecast {
  readonly rows: readonly ForecastRow[];
  readonly total: ForecastFigures;
  /** IDs of deals closing in range whose stage is not configured. */
  readonly unknownStage: readonly string[];
}

type Sums = Record<ForecastCategory | "deals" | "weighted", number>;

export function forecastByPeriod(
  deals: readonly BoardDeal[],
  stages: readonly StageDefinition[],
  options: ForecastOptions,
): Forecast {
  const periods = periodsBetween(options.period, options.from, options.to);
  const sums = periods.map(emptySums);
  const unknownStage: string[] = [];
  const filters = {
    owner: options.owner,
    closeFrom: periods[0]?.start,
    closeTo: periods.at(-1)?.end,
  };
  for (const deal of periods.length === 0 ? [] : deals) {
    if (!matchesFilters(deal, filters)) continue;
    const stage = stageOf(deal, stages);
    if (stage === undefined) {
      unknownStage.push(deal.id);
      continue;
    }
    const category = categoryOfStage(stage.name, options.categories ?? DEFAULT_FORECAST_CATEGORIES);
    if (category === "Omitted") continue;
    const day = Math.floor(deal.expectedClose as number);
    const row = sums[periods.findIndex((p) => day <= p.end)];
    row.deals += 1;
    if (deal.amount === undefined) continue;
    row[category] += deal.amount;
    row.weighted += deal.amount * winProbability(deal, stage);
  }
  const rows = periods.map((p, i) => ({ ...p, ...rollUp(sums[i]) }));
  return { rows, total: rollUp(addSums(sums)), unknownStage };
}

function emptySums(): Sums {
  return { Pipeline: 0, "Best case": 0, Commit: 0, Closed: 0, Omitted: 0, deals: 0, weighted: 0 };
}

function addSums(all: readonly Sums[]): Sums {
  const total = emptySums();
  for (const s of all) {
    for (const key of Object.keys(total) as (keyof Sums)[]) total[key] += s[key];
  }
  return total;
}

function rollUp(s: Sums): ForecastFigures {
  const closed = s.Closed;
  const commit = closed + s.Commit;
  const bestCase = commit + s["Best case"];
  const pipeline = bestCase + s.Pipeline;
  return { deals: s.deals, closed, commit, bestCase, pipeline, weighted: s.weighted };
}
