// Each initiative's contribution to the business case NPV: the NPV of its own benefits − costs
// (items without an initiative under "Shared"). NPV is linear, so the parts add up to the total;
// the last rounding bits are settled so they add up exactly, as a reader of the table checks.

import { type Result, isErrorValue } from "../values";
import { type CostScheduleItem, costSchedule, netFlows } from "./cost-schedule";
import { npv } from "../finance";
import type { ScheduleOptions } from "./model-years";
import { type RiskAdjustment, riskAdjust } from "./risk-adjust";

export interface ContributionOptions extends ScheduleOptions {
  readonly rate: number;
  /** Applied before discounting, as in the business case. */
  readonly risk?: RiskAdjustment;
}

export interface InitiativeContribution {
  readonly initiative: string;
  readonly npv: number;
  /** npv ÷ total NPV; undefined when the total is 0. */
  readonly share?: number;
}

export interface InitiativeContributions {
  /** NPV of the whole schedule's net flows: the business case's NPV. */
  readonly total: number;
  /** In the schedule's initiative order (first appearance, Shared last). */
  readonly contributions: readonly InitiativeContribution[];
}

export function initiativeContributions(
  items: readonly CostScheduleItem[],
  options: ContributionOptions,
): Result<InitiativeContributions> {
  const built = costSchedule(items, options);
  if (isErrorValue(built)) return built;
  const schedule = options.risk === undefined ? built : riskAdjust(built, options.risk);
  if (isErrorValue(schedule)) return schedule;
  const total = npv(options.rate, netFlows(schedule));
  if (isErrorValue(total)) return total;
  const parts: number[] = [];
  for (const line of schedule.byInitiative) {
    const lineNpv = npv(options.rate, netFlows(line));
    if (isErrorValue(lineNpv)) return lineNpv;
    parts.push(lineNpv);
  }
  const fitted = fitToTotal(parts, total);
  const contributions = schedule.byInitiative.map((line, i) => {
    const c = { initiative: line.initiative, npv: fitted[i] };
    return total === 0 ? c : { ...c, share: fitted[i] / total };
  });
  return { total, contributions };
}

/**
 * Settles the floating-point residual (total − Σ parts, a few ulps) on the last part, stepping it
 * one ulp at a time until the parts summed left to right equal the total bit for bit. When the
 * last part dwarfs the total (heavy cancellation) no such value may exist; then it is the
 * nearest one found, off by an ulp of that part at most.
 */
export function fitToTotal(parts: readonly number[], total: number): number[] {
  const out = [...parts];
  if (out.length === 0) return out;
  const last = out.length - 1;
  const prefix = out.slice(0, last).reduce((a, b) => a + b, 0);
  let x = total - prefix;
  for (let step = 0; step < 16 && prefix + x !== total; step++) {
    x = nextToward(x, prefix + x < total ? Infinity : -Infinity);
  }
  out[last] = x;
  return out;
}

/** The adjacent double from x in the direction of target. */
function nextToward(x: number, target: number): number {
  if (x === 0) return target > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const value = new Float64Array([x]);
  const bits = new BigInt64Array(value.buffer);
  bits[0] += target > x === x > 0 ? 1n : -1n;
  return value[0];
}
