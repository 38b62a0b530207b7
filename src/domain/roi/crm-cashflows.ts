// CRM.CASHFLOWS: the business case's yearly flows computed in the cell from the Costs table's
// columns, so a sheet built on it follows every change to the items: three rows (costs,
// benefits, net) by years 0..horizon, risk-adjusted exactly as the pane's ROI workspace does.

import { toNumberArg, toOptionalNumberArg } from "../finance";
import { type CellValue, type Result, errorValue, isErrorValue } from "../values";
import { type CashFlowColumns, toCashFlowItems } from "./cash-flow-items";
import { costSchedule, netFlows } from "./cost-schedule";
import { riskAdjust } from "./risk-adjust";

export interface CashFlowModel {
  readonly yearZero: CellValue;
  readonly horizonYears: CellValue;
  readonly benefitReduction?: CellValue;
  readonly costIncrease?: CellValue;
}

export function crmCashflows(columns: CashFlowColumns, model: CashFlowModel): Result<number[][]> {
  const items = toCashFlowItems(columns);
  if (isErrorValue(items)) return items;
  const start = toNumberArg(model.yearZero, "year_zero");
  if (isErrorValue(start)) return start;
  if (!(start >= 1)) return errorValue("#NUM!", "year_zero is not a date");
  const horizon = toNumberArg(model.horizonYears, "horizon_years");
  if (isErrorValue(horizon)) return horizon;
  const down = toOptionalNumberArg(model.benefitReduction, "benefit_reduction");
  if (isErrorValue(down)) return down;
  const up = toOptionalNumberArg(model.costIncrease, "cost_increase");
  if (isErrorValue(up)) return up;
  const schedule = costSchedule(items, { horizonYears: horizon, startSerial: Math.floor(start) });
  if (isErrorValue(schedule)) return schedule;
  const adjusted = riskAdjust(schedule, {
    benefitReductionPct: down ?? 0,
    costIncreasePct: up ?? 0,
  });
  if (isErrorValue(adjusted)) return adjusted;
  return [[...adjusted.costs], [...adjusted.benefits], netFlows(adjusted)];
}
