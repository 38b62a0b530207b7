// The Process view's figures from the analytics inputs: the funnel of the chosen deals (all, or
// those created this year or quarter, against the deals created before), the abnormal deals and
// the customers by value and effort — the domain functions behind CRM.FUNNEL, CRM.ABNORMAL and
// CRM.VALUEEFFORT.
import {
  type AbnormalDeal,
  type CustomerValueEffort,
  type DayWindow,
  type ProcessFunnel,
  abnormalDeals,
  periodWindows,
  processFunnel,
  valueEffort,
} from "../../domain/analytics";
import type { StageDefinition } from "../../domain/pipeline";
import type { AnalyticsInputs } from "../analytics/analytics-services";

export type Cohort = "all" | "year" | "quarter";

export const COHORT_LABELS: Readonly<Record<Cohort, string>> = {
  all: "All deals",
  year: "Created this year",
  quarter: "Created this quarter",
};

export interface ProcessModel {
  readonly funnel: ProcessFunnel;
  readonly abnormal: readonly AbnormalDeal[];
  readonly customers: readonly CustomerValueEffort[];
}

export function cohortWindow(cohort: Cohort, today: number): DayWindow {
  if (cohort === "all") return {};
  const { from, to } = periodWindows(cohort, today, today)[0];
  return { from, to };
}

export function processModel(
  inputs: AnalyticsInputs,
  stages: readonly StageDefinition[],
  cohort: Cohort,
  today: number,
): ProcessModel {
  return {
    funnel: processFunnel(inputs.timelines, stages, cohortWindow(cohort, today)),
    abnormal: abnormalDeals(inputs.timelines, inputs.closeDateChanges, today),
    customers: valueEffort(
      inputs.customers,
      inputs.timelines.map((t) => t.deal),
      inputs.activities,
      { today },
    ),
  };
}
