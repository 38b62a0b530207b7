// A customer's lifetime value for the card, from explicit assumptions: yearly margin = total
// spend ÷ years active × margin rate, then CRM.CLV's m·r/(1 + d − r) with yearly r and d.

import type { Activity, Customer } from "../records";
import { customerLifetimeValue } from "../segments";
import { type Result, errorValue } from "../values";

export interface ClvAssumptions {
  /** Share of spend kept as margin: 0.3 = 30%. */
  readonly marginRate: number;
  /** Yearly retention rate, 0 ≤ r < 1. */
  readonly retention: number;
  /** Yearly discount rate, ≥ 0. */
  readonly discountRate: number;
}

/** 365-day years, as XNPV counts them. */
const DAYS_PER_YEAR = 365;

/**
 * Years from the first sign of the customer (Created, else its oldest activity) to today, at
 * least 1, so a customer of two months is not credited with six times its spend per year.
 */
export function yearsActive(
  customer: Pick<Customer, "created">,
  activities: readonly Pick<Activity, "date">[],
  today: number,
): number | undefined {
  const first = customer.created ?? activities.reduce((min, a) => Math.min(min, a.date), Infinity);
  if (!Number.isFinite(first)) return undefined;
  return Math.max(1, (Math.floor(today) - Math.floor(first)) / DAYS_PER_YEAR);
}

export function customerClv(
  customer: Pick<Customer, "created">,
  totalSpend: number,
  activities: readonly Pick<Activity, "date">[],
  context: { readonly today: number; readonly clv: ClvAssumptions },
): Result<number> {
  const years = yearsActive(customer, activities, context.today);
  if (years === undefined) {
    return errorValue("#N/A", "no Created date or activity to spread the spend over");
  }
  const { marginRate, retention, discountRate } = context.clv;
  return customerLifetimeValue((totalSpend / years) * marginRate, retention, discountRate);
}
