// Customers by value against effort (the source documents' "gold customers" and "high-maintenance,
// low-margin" ones). Value = Total Spend, else the sum of the customer's won deals; effort = the
// activities logged with the customer or one of its deals (the Activity types have no support
// ticket kind, so every call, e-mail, meeting, note and task is effort). Each axis is split at
// its median: above the median is high, at or below is low.
import { type ClvAssumptions, DEFAULT_CLV_ASSUMPTIONS, customerClv } from "../activity";
import { isWonStage } from "../pipeline";
import type { Activity, Customer, Deal } from "../records";
import type { Result } from "../values";
import { median } from "./robust-stats";

export const QUADRANTS = [
  "Gold",
  "Strategic",
  "High-maintenance, low-margin",
  "Low touch",
] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface CustomerValueEffort {
  readonly customer: Customer;
  readonly value: number;
  /** CRM.CLV of the value spread over the customer's years, with the card's assumptions. */
  readonly clv: Result<number>;
  readonly effort: number;
  readonly quadrant: Quadrant;
}

type DealLike = Pick<Deal, "id" | "customerId" | "stage" | "amount">;
type ActivityLike = Pick<Activity, "customerId" | "dealId" | "date">;

export function valueEffort(
  customers: readonly Customer[],
  deals: readonly DealLike[],
  activities: readonly ActivityLike[],
  context: { readonly today: number; readonly clv?: ClvAssumptions },
): CustomerValueEffort[] {
  const dealCustomer = new Map(deals.map((d) => [d.id, d.customerId]));
  const wonSpend = new Map<string, number>();
  for (const d of deals) {
    if (d.customerId === undefined || d.amount === undefined || !isWonStage(d.stage)) continue;
    wonSpend.set(d.customerId, (wonSpend.get(d.customerId) ?? 0) + d.amount);
  }
  const touches = new Map<string, ActivityLike[]>();
  for (const a of activities) {
    const id = a.customerId ?? (a.dealId === undefined ? undefined : dealCustomer.get(a.dealId));
    if (id === undefined) continue;
    const list = touches.get(id);
    if (list) list.push(a);
    else touches.set(id, [a]);
  }
  const clv = { today: context.today, clv: context.clv ?? DEFAULT_CLV_ASSUMPTIONS };
  const rows = customers.map((customer) => {
    const value = customer.totalSpend ?? wonSpend.get(customer.id) ?? 0;
    const mine = touches.get(customer.id) ?? [];
    return { customer, value, clv: customerClv(customer, value, mine, clv), effort: mine.length };
  });
  const valueSplit = median(rows.map((r) => r.value)) ?? 0;
  const effortSplit = median(rows.map((r) => r.effort)) ?? 0;
  return rows
    .map((r) => ({ ...r, quadrant: quadrantOf(r.value > valueSplit, r.effort > effortSplit) }))
    .sort(byQuadrantThenValue);
}

function quadrantOf(highValue: boolean, highEffort: boolean): Quadrant {
  if (highValue) return highEffort ? "Strategic" : "Gold";
  return highEffort ? "High-maintenance, low-margin" : "Low touch";
}

function byQuadrantThenValue(a: CustomerValueEffort, b: CustomerValueEffort): number {
  const q = QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant);
  if (q !== 0) return q;
  if (a.value !== b.value) return b.value - a.value;
  return a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0;
}
