// Forecast categories as in Salesforce/HubSpot: each stage maps to one (configurable per stage);
// Lost deals are omitted. Defaults follow the default stages (DESIGN.md §3).

import { isLostStage, isWonStage, normalizeStageName } from "../pipeline";

export type ForecastCategory = "Pipeline" | "Best case" | "Commit" | "Closed" | "Omitted";

/** Stage name → category; stages left out fall back to categoryOfStage's rule. */
export type CategoryByStage = Readonly<Record<string, ForecastCategory>>;

export const DEFAULT_FORECAST_CATEGORIES: CategoryByStage = Object.freeze({
  Lead: "Pipeline",
  Qualified: "Pipeline",
  Proposal: "Best case",
  Negotiation: "Commit",
  Won: "Closed",
  Lost: "Omitted",
});

/** The configured category; unmapped stages: Won → Closed, Lost → Omitted, else Pipeline. */
export function categoryOfStage(
  stage: string,
  categories: CategoryByStage = DEFAULT_FORECAST_CATEGORIES,
): ForecastCategory {
  const key = normalizeStageName(stage);
  const match = Object.keys(categories).find((name) => normalizeStageName(name) === key);
  if (match !== undefined) return categories[match];
  if (isWonStage(stage)) return "Closed";
  return isLostStage(stage) ? "Omitted" : "Pipeline";
}
