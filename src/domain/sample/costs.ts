// Generates the Costs sheet: the cost and benefit items of a CRM business case (DESIGN §3
// categories) for three initiatives, starting around the beginning of the program.
import { ymdOf, serialOf } from "./excel-date";
import { type Prng } from "./prng";
import { DATE_FORMAT, MONEY_FORMAT, recordId, type SampleSheet } from "./sample-sheet";

export const COST_HEADERS = [
  "ID",
  "Item",
  "Kind",
  "Category",
  "Frequency",
  "Amount",
  "Start",
  "End",
  "Initiative",
];

type Item = [
  item: string,
  kind: string,
  category: string,
  frequency: string,
  amount: number,
  startMonth: number,
  years: number | null,
  initiative: string,
];

const SALES = "Sales automation";
const SERVICE = "Customer service";
const MARKETING = "Marketing analytics";

/** startMonth counts from the program start; years = how long a recurring item runs. */
const ITEMS: readonly Item[] = [
  ["CRM subscription", "Cost", "Software", "Monthly", 1800, 0, null, SALES],
  ["Laptops for field sales", "Cost", "Hardware", "Once", 14_000, 0, null, SALES],
  ["Implementation partner", "Cost", "Implementation", "Once", 38_000, 0, null, SALES],
  ["ERP and e-mail integration", "Cost", "Integration", "Once", 16_500, 1, null, SALES],
  ["Integration upkeep", "Cost", "Integration", "Annual", 4_000, 12, null, SALES],
  ["User training", "Cost", "Training", "Once", 9_500, 2, null, SALES],
  ["Refresher training", "Cost", "Training", "Annual", 3_000, 12, null, SERVICE],
  ["Data cleansing", "Cost", "Data maintenance", "Quarterly", 2_200, 0, null, SERVICE],
  ["Project manager", "Cost", "Project management", "Monthly", 4_500, 0, 1, SALES],
  ["Change champions", "Cost", "Change management", "Quarterly", 3_500, 0, 1, SERVICE],
  ["Admin time", "Cost", "Internal staff", "Monthly", 1_200, 0, null, SERVICE],
  ["Knowledge transfer", "Cost", "Other", "Once", 5_000, 3, null, MARKETING],
  ["Analytics add-on", "Cost", "Software", "Annual", 6_000, 3, null, MARKETING],
  ["Higher win rate", "Benefit", "Revenue growth", "Monthly", 9_000, 4, null, SALES],
  [
    "Cross-sell to key accounts",
    "Benefit",
    "Revenue growth",
    "Quarterly",
    14_000,
    6,
    null,
    MARKETING,
  ],
  ["Fewer support escalations", "Benefit", "Cost savings", "Monthly", 2_500, 3, null, SERVICE],
  ["Retired spreadsheet tools", "Benefit", "Cost savings", "Annual", 7_000, 12, null, SALES],
  ["Less time on reporting", "Benefit", "Productivity", "Monthly", 3_200, 2, null, SALES],
  ["Faster quote turnaround", "Benefit", "Productivity", "Quarterly", 4_800, 3, null, SERVICE],
  ["Better campaign targeting", "Benefit", "Other", "Annual", 12_000, 9, null, MARKETING],
];

function addMonths(serial: number, months: number): number {
  const [y, m, d] = ymdOf(serial);
  return serialOf(y, m + months, d);
}

function costRow(rng: Prng, item: Item, n: number, programStart: number) {
  const [name, kind, category, frequency, amount, startMonth, years, initiative] = item;
  const start = addMonths(programStart, startMonth);
  const jitter = 1 + (rng.next() - 0.5) * 0.2;
  return [
    recordId("K-", n, 3),
    name,
    kind,
    category,
    frequency,
    Math.round((amount * jitter) / 10) * 10,
    start,
    years === null ? "" : addMonths(start, years * 12) - 1,
    initiative,
  ];
}

/** The program started on the first of the month six months before today. */
export function generateCosts(rng: Prng, today: number): SampleSheet {
  const [y, m] = ymdOf(today);
  const programStart = serialOf(y, m - 6, 1);
  return {
    name: "Costs",
    tableName: "CRM_Costs",
    headers: COST_HEADERS,
    rows: ITEMS.map((item, i) => costRow(rng, item, i + 1, programStart)),
    formats: { Amount: MONEY_FORMAT, Start: DATE_FORMAT, End: DATE_FORMAT },
  };
}
