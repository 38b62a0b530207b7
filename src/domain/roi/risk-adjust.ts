// Forrester TEI risk adjustment: benefits reduced and costs raised by a share each, applied to
// every year and to the category and initiative splits alike, so they keep adding up.

import { type Result, errorValue } from "../values";
import type { CostSchedule } from "./cost-schedule";

export interface RiskAdjustment {
  /** Fraction taken off every benefit: 0.1 = 10%; 0–1. */
  readonly benefitReductionPct: number;
  /** Fraction added to every cost: 0.05 = 5%; not negative. */
  readonly costIncreasePct: number;
}

export function riskAdjust(schedule: CostSchedule, risk: RiskAdjustment): Result<CostSchedule> {
  const { benefitReductionPct: down, costIncreasePct: up } = risk;
  if (!(down >= 0 && down <= 1)) {
    return errorValue("#NUM!", `benefit reduction ${down} is outside 0–1`);
  }
  if (!(up >= 0 && Number.isFinite(up))) {
    return errorValue("#NUM!", `cost increase ${up} is negative or not a number`);
  }
  const benefits = (xs: readonly number[]) => xs.map((x) => x * (1 - down));
  const costs = (xs: readonly number[]) => xs.map((x) => x * (1 + up));
  return {
    ...schedule,
    costs: costs(schedule.costs),
    benefits: benefits(schedule.benefits),
    byCategory: schedule.byCategory.map((line) => ({
      ...line,
      amounts: line.kind === "Cost" ? costs(line.amounts) : benefits(line.amounts),
    })),
    byInitiative: schedule.byInitiative.map((line) => ({
      ...line,
      costs: costs(line.costs),
      benefits: benefits(line.benefits),
    })),
  };
}
