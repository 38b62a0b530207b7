// The ROI workspace's figures from the cost items and the user's assumptions, all through the
// domain (schedule → risk adjustment → results, contributions), so they equal the =CRM functions
// on the same yearly flows; and the same figures as plain data for the Business Case sheet.

import type { BusinessCaseSheetData } from "../../excel/business-case-sheet";
import type { CostItem } from "../../domain/records";
import {
  type BusinessCaseResults,
  type CostSchedule,
  type InitiativeContributions,
  businessCaseResults,
  costSchedule,
  initiativeContributions,
  riskAdjust,
} from "../../domain/roi";
import { type ErrorValue, isErrorValue } from "../../domain/values";

export interface RoiAssumptions {
  readonly horizonYears: number;
  /** Discount rate as a fraction: 0.1 = 10%. */
  readonly rate: number;
  /** Fractions: 0.1 = benefits reduced by 10%. */
  readonly benefitReductionPct: number;
  readonly costIncreasePct: number;
}

export const DEFAULT_ASSUMPTIONS: RoiAssumptions = Object.freeze({
  horizonYears: 3,
  rate: 0.1,
  benefitReductionPct: 0,
  costIncreasePct: 0,
});

export interface RoiModel {
  readonly startSerial: number;
  /** Risk-adjusted yearly schedule. */
  readonly schedule: CostSchedule;
  readonly results: BusinessCaseResults;
  readonly contributions: InitiativeContributions;
}

/** Year 0 starts on the earliest item's Start, or today when no item has one. */
export function modelStart(items: readonly CostItem[], today: number): number {
  const starts = items.flatMap((i) => (i.start === undefined ? [] : [Math.floor(i.start)]));
  return starts.length > 0 ? Math.min(...starts) : Math.floor(today);
}

export function roiModel(
  items: readonly CostItem[],
  assumptions: RoiAssumptions,
  today: number,
): RoiModel | ErrorValue {
  const options = { horizonYears: assumptions.horizonYears, startSerial: modelStart(items, today) };
  const risk = {
    benefitReductionPct: assumptions.benefitReductionPct,
    costIncreasePct: assumptions.costIncreasePct,
  };
  const built = costSchedule(items, options);
  if (isErrorValue(built)) return built;
  const schedule = riskAdjust(built, risk);
  if (isErrorValue(schedule)) return schedule;
  const contributions = initiativeContributions(items, {
    ...options,
    rate: assumptions.rate,
    risk,
  });
  if (isErrorValue(contributions)) return contributions;
  const results = businessCaseResults(schedule, assumptions.rate);
  return { startSerial: options.startSerial, schedule, results, contributions };
}

export function businessCaseSheetData(
  model: RoiModel,
  assumptions: RoiAssumptions,
): BusinessCaseSheetData {
  const { schedule } = model;
  return {
    ...assumptions,
    startSerial: model.startSerial,
    costs: schedule.costs,
    benefits: schedule.benefits,
    initiatives: schedule.byInitiative,
    categories: schedule.byCategory,
  };
}
