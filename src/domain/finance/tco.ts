// Total cost of ownership over `years`: one-off items at t = 0, recurring items scaled to a yearly
// total (Monthly ×12, Quarterly ×4, Annual ×1); with a rate, each year's recurring total is
// discounted at the end of year t = 1…years.

import { parseFrequency as parseFrequencyCell } from "../records/parse-choice";
import type { Frequency } from "../records/vocabularies";
import { type Result, errorValue } from "../values";

export type { Frequency };

export interface CostItem {
  readonly amount: number;
  readonly frequency: Frequency;
}

const PER_YEAR: Record<Frequency, number> = { Once: 0, Monthly: 12, Quarterly: 4, Annual: 1 };

/**
 * Reads a frequency the way the Costs table does ("Yearly", "one-off", "per month"…), so a
 * =CRM.TCO over the table accepts every word the sync accepts; undefined if unknown.
 */
export function parseFrequency(text: string): Frequency | undefined {
  const result = parseFrequencyCell(text);
  return result.ok ? result.value : undefined;
}

export function tco(
  items: readonly CostItem[],
  years: number,
  rate?: number | null,
): Result<number> {
  if (!Number.isInteger(years) || years < 0) {
    return errorValue("#NUM!", "years must be a whole number, 0 or more");
  }
  if (rate !== undefined && rate !== null && !(rate > -1 && Number.isFinite(rate))) {
    return errorValue("#NUM!", "rate must be a finite number greater than -1");
  }
  let once = 0;
  let yearly = 0;
  for (const item of items) {
    if (item.frequency === "Once") once += item.amount;
    else yearly += item.amount * PER_YEAR[item.frequency];
  }
  const total = once + yearly * annuityFactor(years, rate ?? 0);
  return Number.isFinite(total) ? total : errorValue("#NUM!", "the total overflows");
}

/** Σ_{t=1..years} (1 + rate)^−t, in closed form so a large `years` costs nothing. */
function annuityFactor(years: number, rate: number): number {
  if (rate === 0) return years;
  return -Math.expm1(-years * Math.log1p(rate)) / rate;
}
