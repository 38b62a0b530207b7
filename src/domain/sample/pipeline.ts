// Generates the Pipeline sheet: deals across the default stages with amounts, dates around
// "today" that agree with the stage (closed deals closed in the past), and owners.
import { type CustomerRef } from "./customers";
import { type Prng } from "./prng";
import {
  DATE_FORMAT,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  recordId,
  type SampleSheet,
} from "./sample-sheet";
import { NEXT_STEPS, PRODUCTS } from "./word-lists";

export const PIPELINE_HEADERS = [
  "ID",
  "Deal",
  "Customer ID",
  "Customer",
  "Stage",
  "Amount",
  "Probability",
  "Expected Close",
  "Owner",
  "Next Step",
  "Last Activity",
  "Created",
];

export const STAGES = ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"] as const;

const STAGE_WEIGHTS = [
  ["Lead", 25],
  ["Qualified", 20],
  ["Proposal", 15],
  ["Negotiation", 10],
  ["Won", 18],
  ["Lost", 12],
] as const;

/** What the activity generator needs to know about a deal. */
export interface DealRef {
  id: string;
  customer: CustomerRef;
  created: number;
  lastActivity: number;
}

function dealDates(rng: Prng, closed: boolean, customerCreated: number, today: number) {
  if (closed) {
    const created = Math.max(customerCreated, today - rng.int(45, 720));
    const close = rng.int(Math.min(created + 14, today - 1), today - 1);
    return { created, close, lastActivity: Math.min(today, close + rng.int(0, 5)) };
  }
  const created = Math.max(customerCreated, today - rng.int(3, 240));
  const lastActivity = rng.int(created, today);
  return { created, close: today + rng.int(-20, 180), lastActivity };
}

/** A per-deal override on some open deals, in steps of 5%. */
function probability(rng: Prng, closed: boolean): number | "" {
  return !closed && rng.chance(0.1) ? rng.int(1, 19) * 0.05 : "";
}

function dealRow(rng: Prng, n: number, customers: readonly CustomerRef[], today: number) {
  const customer = rng.pick(customers);
  const stage = rng.weighted(STAGE_WEIGHTS);
  const closed = stage === "Won" || stage === "Lost";
  const d = dealDates(rng, closed, customer.created, today);
  const id = recordId("D-", n, 6);
  const row = [
    id,
    `${customer.label} - ${rng.pick(PRODUCTS)}`,
    customer.id,
    customer.label,
    stage,
    rng.amount(500, 250_000, 50),
    probability(rng, closed),
    d.close,
    rng.chance(0.8) ? customer.owner : rng.pick([customer.owner, "Jo Pemberton"]),
    closed ? "" : rng.pick(NEXT_STEPS),
    d.lastActivity,
    d.created,
  ];
  return { row, ref: { id, customer, created: d.created, lastActivity: d.lastActivity } };
}

export function generatePipeline(
  rng: Prng,
  count: number,
  customers: readonly CustomerRef[],
  today: number,
) {
  const rows: SampleSheet["rows"] = [];
  const refs: DealRef[] = [];
  for (let i = 0; i < count; i++) {
    const { row, ref } = dealRow(rng, i + 1, customers, today);
    rows.push(row);
    refs.push(ref);
  }
  const sheet: SampleSheet = {
    name: "Pipeline",
    tableName: "CRM_Pipeline",
    headers: PIPELINE_HEADERS,
    rows,
    formats: {
      Amount: MONEY_FORMAT,
      Probability: PERCENT_FORMAT,
      "Expected Close": DATE_FORMAT,
      "Last Activity": DATE_FORMAT,
      Created: DATE_FORMAT,
    },
  };
  return { sheet, refs };
}
