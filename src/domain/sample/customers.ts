// Generates the Customers sheet: composed names, companies with .test/example.com domains,
// unique e-mails, purchase history consistent with status and dates.
import { type Prng } from "./prng";
import { DATE_FORMAT, MONEY_FORMAT, recordId, type SampleSheet } from "./sample-sheet";
import * as words from "./word-lists";

export const CUSTOMER_HEADERS = [
  "ID",
  "Name",
  "Company",
  "Email",
  "Phone",
  "Owner",
  "Status",
  "Created",
  "Last Purchase",
  "Orders",
  "Total Spend",
  "Notes",
];

/** What later generators need to know about a customer. */
export interface CustomerRef {
  id: string;
  label: string;
  owner: string;
  created: number;
}

const FIRST = words.FIRST_NAMES;
const HEADS = words.LAST_NAME_HEADS;
const TAILS = words.LAST_NAME_TAILS;
const lower = (list: readonly string[]) => list.map((w) => w.toLowerCase());
const FIRST_LC = lower(FIRST);
const HEADS_LC = lower(HEADS);
const TAILS_LC = lower(TAILS);

interface Company {
  name: string;
  domain: string;
  /** Distinct per domain; 0 is example.com (people without a company). */
  key: number;
}

function company(rng: Prng): Company | null {
  if (!rng.chance(0.88)) return null;
  const h = rng.int(0, words.COMPANY_HEADS.length - 1);
  const t = rng.int(0, words.COMPANY_TAILS.length - 1);
  const k = rng.int(0, words.COMPANY_KINDS.length - 1);
  const brand = words.COMPANY_HEADS[h] + words.COMPANY_TAILS[t];
  const kind = words.COMPANY_KINDS[k];
  const suffix = rng.pick(words.COMPANY_SUFFIXES);
  return {
    name: suffix ? `${brand} ${kind} ${suffix}` : `${brand} ${kind}`,
    domain: `${brand}-${kind}.test`.toLowerCase(),
    key: 1 + (h * words.COMPANY_TAILS.length + t) * words.COMPANY_KINDS.length + k,
  };
}

/**
 * first.last@domain, numbered on repeats so no two customers share an address. Repeats are
 * counted by a numeric key of the list indices: hashing 100,000 strings would cost more than
 * generating them.
 */
function person(rng: Prng, domain: Company | null, used: Map<number, number>) {
  const f = rng.int(0, FIRST.length - 1);
  const h = rng.int(0, HEADS.length - 1);
  const t = rng.int(0, TAILS.length - 1);
  const key =
    ((domain?.key ?? 0) * FIRST.length + f) * HEADS.length * TAILS.length + h * TAILS.length + t;
  const n = (used.get(key) ?? 0) + 1;
  used.set(key, n);
  const local = `${FIRST_LC[f]}.${HEADS_LC[h]}${TAILS_LC[t]}${n === 1 ? "" : n}`;
  return {
    name: `${FIRST[f]} ${HEADS[h]}${TAILS[t]}`,
    email: `${local}@${domain?.domain ?? "example.com"}`,
  };
}

function phone(rng: Prng): string {
  // 555-01xx numbers are reserved for fiction
  return `(${rng.int(201, 989)}) 555-01${String(rng.int(0, 99)).padStart(2, "0")}`;
}

function history(rng: Prng, status: string, created: number, today: number) {
  if (status === "Prospect") return { last: "" as const, orders: 0, spend: 0 };
  const orders = rng.int(1, 40);
  const lastMax = status === "Inactive" ? Math.max(created, today - 200) : today;
  const last = rng.int(created, Math.max(created, lastMax));
  return { last, orders, spend: Math.round(orders * rng.amount(40, 4000, 0.01) * 100) / 100 };
}

function customerRow(rng: Prng, n: number, today: number, used: Map<number, number>) {
  const firm = company(rng);
  const p = person(rng, firm, used);
  const status = rng.weighted([
    ["Active", 6],
    ["Prospect", 2],
    ["Inactive", 2],
  ] as const);
  const created = today - rng.int(1, 1500);
  const h = history(rng, status, created, today);
  const owner = rng.pick(words.OWNERS);
  const row = [
    recordId("C-", n, 6),
    p.name,
    firm?.name ?? "",
    p.email,
    phone(rng),
    owner,
    status,
    created,
    h.last,
    h.orders,
    h.spend,
    rng.chance(0.15) ? rng.pick(words.NOTES) : "",
  ];
  return { row, ref: { id: row[0] as string, label: firm?.name ?? p.name, owner, created } };
}

export function generateCustomers(rng: Prng, count: number, today: number) {
  const used = new Map<number, number>();
  const rows: SampleSheet["rows"] = [];
  const refs: CustomerRef[] = [];
  for (let i = 0; i < count; i++) {
    const { row, ref } = customerRow(rng, i + 1, today, used);
    rows.push(row);
    refs.push(ref);
  }
  const sheet: SampleSheet = {
    name: "Customers",
    tableName: "CRM_Customers",
    headers: CUSTOMER_HEADERS,
    rows,
    formats: { Created: DATE_FORMAT, "Last Purchase": DATE_FORMAT, "Total Spend": MONEY_FORMAT },
  };
  return { sheet, refs };
}
