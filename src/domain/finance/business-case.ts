// The CRM.BUSINESSCASE summary: six labelled figures from per-period benefits and costs (year 0
// first). A figure that does not exist (no IRR, never paid back) is that row's error value.

import { type Result, errorValue } from "../values";
import { irr } from "./irr";
import { npv } from "./npv";
import { payback } from "./payback";
import { roi } from "./roi";

export type BusinessCaseRow = readonly [label: string, value: Result<number>];

export function businessCase(
  benefits: readonly number[],
  costs: readonly number[],
  rate: number,
): Result<BusinessCaseRow[]> {
  if (benefits.length !== costs.length) {
    return errorValue("#VALUE!", "benefits and costs need one value per period each");
  }
  if (!Number.isFinite(rate) || rate <= -1) {
    return errorValue("#NUM!", "rate must be a finite number greater than -1");
  }
  const net = benefits.map((b, t) => b - costs[t]);
  return [
    ["Total costs", sum(costs)],
    ["Total benefits", sum(benefits)],
    ["NPV", npv(rate, net)],
    ["ROI", roi(benefits, costs, rate)],
    ["IRR", irr(net)],
    ["Payback", payback(net)],
  ];
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
