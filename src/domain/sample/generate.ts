// generateSampleWorkbook: the deterministic sample CRM workbook (Customers, Pipeline, Costs,
// Activities, Business Case) as plain data, sized by options and anchored at a given "today".
import { generateActivities } from "./activities";
import { generateBusinessCase } from "./business-case";
import { generateCosts } from "./costs";
import { generateCustomers } from "./customers";
import { generatePipeline } from "./pipeline";
import { Prng } from "./prng";
import { type SampleSheet } from "./sample-sheet";

export interface SampleOptions {
  customers?: number;
  deals?: number;
  activities?: number;
  seed?: number;
  /** Excel serial of "today"; dates are spread around it. */
  today: number;
}

export const DEFAULT_CUSTOMERS = 300;
export const DEFAULT_DEALS = 250;
export const DEFAULT_SEED = 20_240_601;

function count(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  return n;
}

export function generateSampleWorkbook(options: SampleOptions): SampleSheet[] {
  const customers = Math.max(1, count(options.customers, DEFAULT_CUSTOMERS, "customers"));
  const deals = count(options.deals, DEFAULT_DEALS, "deals");
  const activities = count(options.activities, deals * 2, "activities");
  if (!Number.isInteger(options.today)) throw new RangeError("today must be a whole serial");
  // each sheet draws from its own stream: changing the deal count leaves Customers and Costs as they were
  const seed = options.seed ?? DEFAULT_SEED;
  const c = generateCustomers(new Prng(seed), customers, options.today);
  const p = generatePipeline(new Prng(seed + 1), deals, c.refs, options.today);
  const costs = generateCosts(new Prng(seed + 2), options.today);
  const a = generateActivities(new Prng(seed + 3), activities, p.refs, c.refs, options.today);
  return [c.sheet, p.sheet, costs, a, generateBusinessCase(costs, deals)];
}
