// The business case's yearly cost and benefit totals (years 0..horizon) from the Costs items,
// also split per category and per initiative; item timing follows itemYearAmounts.

import { type Result, errorValue } from "../values";
import { type CostItem, type CostKind, categoriesFor } from "../records";
import { type ScheduleItem, itemYearAmounts } from "./item-schedule";
import type { ScheduleOptions } from "./model-years";

export type CostScheduleItem = ScheduleItem &
  Pick<CostItem, "id" | "kind" | "category" | "initiative">;

/** Items without an initiative are shared by all of them. */
export const SHARED_INITIATIVE = "Shared";
/** Items without a category; "Other" exists for both costs and benefits. */
export const OTHER_CATEGORY = "Other";
const MAX_HORIZON_YEARS = 100;

export interface CategoryLine {
  readonly kind: CostKind;
  readonly category: string;
  readonly amounts: readonly number[];
}

export interface InitiativeLine {
  readonly initiative: string;
  readonly costs: readonly number[];
  readonly benefits: readonly number[];
}

export interface CostSchedule {
  readonly horizonYears: number;
  readonly startSerial: number;
  /** Index t = year t, 0..horizon. Costs are positive amounts. */
  readonly costs: readonly number[];
  readonly benefits: readonly number[];
  /** Costs in the sheet's category order, then benefits; only categories that occur. */
  readonly byCategory: readonly CategoryLine[];
  /** Initiatives in order of first appearance, Shared last. */
  readonly byInitiative: readonly InitiativeLine[];
  /** IDs of items with a nonzero amount that fall wholly outside the horizon. */
  readonly outsideHorizon: readonly string[];
}

export function costSchedule(
  items: readonly CostScheduleItem[],
  options: ScheduleOptions,
): Result<CostSchedule> {
  const { horizonYears } = options;
  if (!Number.isInteger(horizonYears) || horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
    return errorValue("#NUM!", `horizon ${horizonYears} is not a whole number of years 1–100`);
  }
  const zeros = () => new Array<number>(horizonYears + 1).fill(0);
  const totals = { Cost: zeros(), Benefit: zeros() };
  const categories = new Map<string, CategoryLine>();
  const initiatives = new Map<string, InitiativeLine>();
  const outsideHorizon: string[] = [];
  for (const item of items) {
    const amounts = itemYearAmounts(item, options);
    if (item.amount !== 0 && amounts.every((a) => a === 0)) outsideHorizon.push(item.id);
    addInto(totals[item.kind], amounts);
    addInto(
      lineOf(categories, categoryKey(item), () => newCategory(item, zeros())).amounts,
      amounts,
    );
    const initiative = lineOf(initiatives, initiativeOf(item), () => newInitiative(item, zeros));
    addInto(item.kind === "Cost" ? initiative.costs : initiative.benefits, amounts);
  }
  return {
    horizonYears,
    startSerial: options.startSerial,
    costs: totals.Cost,
    benefits: totals.Benefit,
    byCategory: [...categories.values()].sort(byCategoryOrder),
    byInitiative: [...initiatives.values()].sort(
      (a, b) =>
        Number(a.initiative === SHARED_INITIATIVE) - Number(b.initiative === SHARED_INITIATIVE),
    ),
    outsideHorizon,
  };
}

/** Benefits minus costs per year: the cash flows NPV, IRR and payback read. */
export function netFlows(schedule: Pick<CostSchedule, "costs" | "benefits">): number[] {
  return schedule.benefits.map((b, t) => b - schedule.costs[t]);
}

function addInto(target: readonly number[], amounts: readonly number[]): void {
  const out = target as number[];
  for (let t = 0; t < amounts.length; t++) out[t] += amounts[t];
}

function lineOf<L>(lines: Map<string, L>, key: string, create: () => L): L {
  let line = lines.get(key);
  if (line === undefined) lines.set(key, (line = create()));
  return line;
}

function categoryKey(item: CostScheduleItem): string {
  return `${item.kind}\u0000${item.category ?? OTHER_CATEGORY}`;
}

function newCategory(item: CostScheduleItem, amounts: number[]): CategoryLine {
  return { kind: item.kind, category: item.category ?? OTHER_CATEGORY, amounts };
}

function initiativeOf(item: Pick<CostItem, "initiative">): string {
  const name = item.initiative?.trim();
  return name === undefined || name === "" ? SHARED_INITIATIVE : name;
}

function newInitiative(item: CostScheduleItem, zeros: () => number[]): InitiativeLine {
  return { initiative: initiativeOf(item), costs: zeros(), benefits: zeros() };
}

/** Costs before benefits; known categories in the sheet's order; unknown ones after, stably. */
function byCategoryOrder(a: CategoryLine, b: CategoryLine): number {
  if (a.kind !== b.kind) return a.kind === "Cost" ? -1 : 1;
  const rank = (line: CategoryLine) => {
    const i = categoriesFor(line.kind).indexOf(line.category);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return rank(a) - rank(b);
}
