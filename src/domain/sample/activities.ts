// Generates the Activities sheet: calls, e-mails, meetings, notes and tasks, most tied to a deal
// (dated within the deal's life), the rest to a customer alone.
import { type CustomerRef } from "./customers";
import { type DealRef } from "./pipeline";
import { type Prng } from "./prng";
import { DATE_FORMAT, recordId, type SampleSheet } from "./sample-sheet";
import { ACTIVITY_SUMMARIES, NEXT_STEPS, OUTCOMES } from "./word-lists";

export const ACTIVITY_HEADERS = [
  "ID",
  "Date",
  "Customer ID",
  "Deal ID",
  "Type",
  "Summary",
  "Owner",
  "Outcome",
  "Next Action",
];

const TYPES = [
  ["Call", 4],
  ["Email", 5],
  ["Meeting", 2],
  ["Note", 2],
  ["Task", 2],
] as const;

function activityRow(
  rng: Prng,
  deals: readonly DealRef[],
  customers: readonly CustomerRef[],
  today: number,
) {
  const deal = deals.length > 0 && rng.chance(0.7) ? rng.pick(deals) : null;
  const customer = deal ? deal.customer : rng.pick(customers);
  const date = deal ? rng.int(deal.created, deal.lastActivity) : rng.int(customer.created, today);
  const type = rng.weighted(TYPES);
  return [
    "",
    date,
    customer.id,
    deal ? deal.id : "",
    type,
    rng.pick(ACTIVITY_SUMMARIES[type]),
    customer.owner,
    rng.pick(OUTCOMES),
    rng.chance(0.4) ? rng.pick(NEXT_STEPS) : "",
  ];
}

export function generateActivities(
  rng: Prng,
  count: number,
  deals: readonly DealRef[],
  customers: readonly CustomerRef[],
  today: number,
): SampleSheet {
  const rows: SampleSheet["rows"] = [];
  for (let i = 0; i < count; i++) rows.push(activityRow(rng, deals, customers, today));
  // a log reads oldest first; ids follow that order
  rows.sort((a, b) => (a[1] as number) - (b[1] as number));
  rows.forEach((row, i) => (row[0] = recordId("A-", i + 1, 6)));
  return {
    name: "Activities",
    tableName: "CRM_Activities",
    headers: ACTIVITY_HEADERS,
    rows,
    formats: { Date: DATE_FORMAT },
  };
}
