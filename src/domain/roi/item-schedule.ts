// One cost or benefit item spread over business-case years 0..horizon. Once: the year holding
// its Start (year 0 if at or before the model start). Recurring: one charge per month, quarter or
// year at Start + k periods, while on or before End, each in the year holding its date; when
// Start is at or before the model start the charges are counted from the model start, so they
// fall in years 1..horizon (Forrester TEI: initial costs in year 0, recurring in years 1..3).

import type { CostItem } from "../records";
import { type ScheduleOptions, addMonths, yearOf, yearStarts } from "./model-years";

export type ScheduleItem = Pick<CostItem, "frequency" | "amount" | "start" | "end">;

const MONTHS_PER_CHARGE = { Monthly: 1, Quarterly: 3, Annual: 12 } as const;

export function itemYearAmounts(item: ScheduleItem, options: ScheduleOptions): number[] {
  const amounts = new Array<number>(options.horizonYears + 1).fill(0);
  const modelStart = Math.floor(options.startSerial);
  const starts = yearStarts(options);
  const start = item.start === undefined ? modelStart : Math.floor(item.start);
  if (item.frequency === "Once") {
    const year = start <= modelStart ? 0 : yearOf(start, starts);
    if (year !== undefined) amounts[year] += item.amount;
    return amounts;
  }
  const anchor = Math.max(start, modelStart);
  const horizonEnd = starts[starts.length - 1];
  const step = MONTHS_PER_CHARGE[item.frequency];
  for (let k = 0; ; k++) {
    const day = addMonths(anchor, k * step);
    if (day >= horizonEnd || (item.end !== undefined && day > Math.floor(item.end))) break;
    amounts[yearOf(day, starts) as number] += item.amount;
  }
  return amounts;
}
