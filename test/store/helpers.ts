// Shared helpers for store tests: unique database names and full dumps for before/after checks.
import Dexie from "dexie";
import { type Customer, type Deal, asExcelSerial } from "../../src/domain/records";
import { CrmDatabase } from "../../src/store";

let counter = 0;

export function uniqueName(label: string): string {
  counter += 1;
  return `test-${label}-${process.pid}-${counter}-${Date.now()}`;
}

export async function withDatabase<T>(
  label: string,
  run: (db: CrmDatabase) => Promise<T>,
): Promise<T> {
  const db = new CrmDatabase(uniqueName(label));
  try {
    await db.open();
    return await run(db);
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

export async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

export const customer = (id: string, extra: Partial<Customer> = {}): Customer => ({
  id,
  name: `Customer ${id}`,
  ...extra,
});

export const deal = (id: string, extra: Partial<Deal> = {}): Deal => ({
  id,
  title: `Deal ${id}`,
  stage: "Lead",
  amount: 100,
  expectedClose: asExcelSerial(46082),
  ...extra,
});
