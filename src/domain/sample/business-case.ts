// A small "Business Case" sheet of loose cells: yearly net cash flows derived from the Costs
// items, and CRM.* formulas over them and over the Pipeline, so the workbench shows live results.
import { MONEY_FORMAT, type SampleSheet, type SampleValue } from "./sample-sheet";

const PER_YEAR: Record<string, number> = { Monthly: 12, Quarterly: 4, Annual: 1 };
const YEARS = 3;

/** Net flow per year 0..3: one-off items in year 0, recurring ones from year 1 while running. */
export function yearlyNetFlows(costs: SampleSheet): number[] {
  const col = (h: string) => costs.headers.indexOf(h);
  const [kind, freq, amount, start, end] = ["Kind", "Frequency", "Amount", "Start", "End"].map(col);
  const flows = new Array<number>(YEARS + 1).fill(0);
  for (const row of costs.rows) {
    const sign = row[kind] === "Benefit" ? 1 : -1;
    const value = sign * (row[amount] as number);
    if (row[freq] === "Once") {
      flows[0] += value;
      continue;
    }
    const lastYear = row[end] === "" ? YEARS : yearsCovered(row[start], row[end]);
    for (let y = 1; y <= lastYear; y++) flows[y] += value * PER_YEAR[row[freq] as string];
  }
  return flows.map((v) => Math.round(v * 100) / 100);
}

function yearsCovered(start: SampleValue, end: SampleValue): number {
  return Math.min(YEARS, Math.max(1, Math.round(((end as number) - (start as number)) / 365)));
}

export function generateBusinessCase(costs: SampleSheet, deals: number): SampleSheet {
  const flows = yearlyNetFlows(costs);
  const last = flows.length + 1;
  const rows: SampleValue[][] = flows.map((v, year) => [year, v]);
  rows.push(["", ""]);
  rows.push(["NPV at 10%", `=CRM.NPV(0.1,B2:B${last})`]);
  rows.push(["IRR", `=CRM.IRR(B2:B${last})`]);
  rows.push(["Payback (years)", `=CRM.PAYBACK(B2:B${last})`]);
  if (deals > 0) {
    const end = deals + 1;
    rows.push(["Win rate", `=CRM.WINRATE(Pipeline!E2:E${end})`]);
    rows.push(["Weighted pipeline", `=CRM.PIPELINE(Pipeline!F2:F${end},Pipeline!E2:E${end})`]);
  }
  return {
    name: "Business Case",
    tableName: null,
    headers: ["Year", "Net cash flow"],
    rows,
    formats: { "Net cash flow": MONEY_FORMAT },
  };
}
