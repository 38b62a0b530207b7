// Shared helpers for store tests: unique database names, full dumps for before/after checks, and
// writing records the way a sync does.
import Dexie from "dexie";
import {
  type Customer,
  type Deal,
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
  asExcelSerial,
} from "../../src/domain/records";
import { CrmDatabase, applySyncBatch } from "../../src/store";

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
    await db.loaded();
    return await run(db);
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

/** Every table, and for a CRM store its working set too: what a failed write must not change. */
export async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  if (db instanceof CrmDatabase) {
    for (const kind of RECORD_KINDS) out[`memory:${kind}`] = [...db.records.set(kind).all()];
  }
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

/** Puts records straight into the store, as a sync would (one batch). */
export async function putRecords<K extends RecordKind>(
  db: CrmDatabase,
  kind: K,
  records: readonly RecordOf<K>[],
): Promise<void> {
  await applySyncBatch(db, { at: Date.now(), records: { [kind]: { put: records } } });
}

/** Changes some fields of a stored record, as a sync would. */
export async function patchRecord<K extends RecordKind>(
  db: CrmDatabase,
  kind: K,
  id: string,
  patch: Partial<RecordOf<K>>,
): Promise<void> {
  const current = db.records.set(kind).get(id);
  if (!current) throw new Error(`no ${kind} ${id} to patch`);
  await putRecords(db, kind, [{ ...current, ...patch } as RecordOf<K>]);
}
