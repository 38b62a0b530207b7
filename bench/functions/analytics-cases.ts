// A deterministic 100k-deal book for the analytics functions benchmark: deals across 12 owners
// moving through the default stages, their stage transitions, activities, customers and the
// Expected Close pushes of a few, shaped like a sales team's few years of history.
import type { FieldChangeLike, TransitionLike } from "../../src/domain/analytics";
import { type Activity, type Customer, type Deal, asExcelSerial } from "../../src/domain/records";

export interface AnalyticsBook {
  readonly deals: Deal[];
  readonly transitions: TransitionLike[];
  readonly activities: Activity[];
  readonly customers: Customer[];
  readonly history: FieldChangeLike[];
}

const OPEN = ["Lead", "Qualified", "Proposal", "Negotiation"];
const START = 45_000;
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function generateBook(dealCount: number, seed = 14): AnalyticsBook {
  const random = prng(seed);
  const book: AnalyticsBook = {
    deals: [],
    transitions: [],
    activities: [],
    customers: [],
    history: [],
  };
  const customerCount = Math.ceil(dealCount / 5);
  for (let c = 0; c < customerCount; c++) {
    const spend = random() < 0.3 ? undefined : Math.round(random() ** 3 * 100_000);
    book.customers.push({
      id: `C${c}`,
      name: `Customer ${c}`,
      totalSpend: spend,
      created: asExcelSerial(START + Math.floor(random() * 400)),
    });
  }
  for (let d = 0; d < dealCount; d++)
    addDeal(book, `D${d}`, `C${Math.floor(random() * customerCount)}`, random);
  return book;
}

function addDeal(book: AnalyticsBook, id: string, customerId: string, random: () => number): void {
  const created = START + Math.floor(random() * 1000);
  const furthest = Math.floor(random() * OPEN.length);
  const end = random();
  const stage = end < 0.3 ? "Won" : end < 0.65 ? "Lost" : OPEN[furthest];
  let day = created;
  let from: string | undefined;
  const stages = [
    ...OPEN.slice(0, furthest + 1),
    ...(stage === "Won" || stage === "Lost" ? [stage] : []),
  ];
  for (const to of stages) {
    book.transitions.push({ dealId: id, from, to, at: EPOCH_MS + day * DAY_MS });
    from = to;
    day += 1 + Math.floor(random() * 40);
  }
  const expectedClose = day + Math.floor(random() * 60);
  if (random() < 0.05) addPushes(book, id, expectedClose, day);
  book.deals.push({
    id,
    title: `Deal ${id}`,
    customerId,
    stage,
    amount: random() < 0.1 ? undefined : Math.round(500 + random() ** 2 * 50_000),
    expectedClose: asExcelSerial(expectedClose),
    owner: `Rep ${Math.floor(random() * 12)}`,
    created: asExcelSerial(created),
  });
  addActivities(book, id, customerId, created, random);
}

/** Three pushes of 30 days each, ending at the deal's Expected Close. */
function addPushes(book: AnalyticsBook, id: string, expectedClose: number, day: number): void {
  for (let p = 0; p < 3; p++) {
    book.history.push({
      table: "deals",
      recordId: id,
      field: "expectedClose",
      before: expectedClose - 30 * (3 - p),
      after: expectedClose - 30 * (2 - p),
      at: EPOCH_MS + (day + p) * DAY_MS,
    });
  }
}

function addActivities(
  book: AnalyticsBook,
  id: string,
  customerId: string,
  created: number,
  random: () => number,
): void {
  for (let a = Math.floor(random() * 4); a > 0; a--) {
    book.activities.push({
      id: `${id}-A${a}`,
      date: asExcelSerial(created + Math.floor(random() * 90)),
      dealId: id,
      customerId,
      type: "Call",
    });
  }
}
