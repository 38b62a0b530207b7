// Applies a prepared SyncBatch in ONE read-write Dexie transaction over the affected tables.
// Nothing but Dexie is awaited inside, so the transaction cannot auto-commit midway; if any
// step throws, Dexie aborts it and the store is exactly as before (DESIGN.md §4).

import { RECORD_KINDS, type RecordKind } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import type { SyncBatch, SyncBatchResult } from "./sync-batch";
import { toStored } from "./to-stored";

export async function applySyncBatch(db: CrmDatabase, batch: SyncBatch): Promise<SyncBatchResult> {
  const stored = prepareRecords(batch);
  return db.transaction("rw", affectedTables(batch), async () => {
    let put = 0;
    let tombstoned = 0;
    for (const kind of RECORD_KINDS) {
      const rows = stored[kind];
      if (rows.length > 0) await db.recordTable(kind).bulkPut(rows as never[]);
      put += rows.length;
      tombstoned += await tombstone(db, kind, batch.records?.[kind]?.tombstone ?? [], batch.at);
    }
    await applySnapshots(db, batch);
    const issues = await replaceIssues(db, batch);
    if (batch.history?.length) await db.history.bulkAdd([...batch.history]);
    if (batch.stageTransitions?.length)
      await db.stageTransitions.bulkAdd([...batch.stageTransitions]);
    if (batch.conflicts?.length) await db.conflicts.bulkAdd([...batch.conflicts]);
    const state = Object.entries(batch.syncState ?? {}).map(([key, value]) => ({ key, value }));
    if (state.length > 0) await db.syncState.bulkPut(state);
    return {
      put,
      tombstoned,
      history: batch.history?.length ?? 0,
      stageTransitions: batch.stageTransitions?.length ?? 0,
      issues,
      conflicts: batch.conflicts?.length ?? 0,
    };
  });
}

/** Derived index fields are computed before the transaction opens, keeping it short. */
function prepareRecords(batch: SyncBatch): Record<RecordKind, object[]> {
  const out = {} as Record<RecordKind, object[]>;
  for (const kind of RECORD_KINDS) {
    const puts = (batch.records?.[kind]?.put ?? []) as readonly never[];
    out[kind] = puts.map((record) => toStored(kind, record));
  }
  return out;
}

function affectedTables(batch: SyncBatch): string[] {
  const tables = new Set<string>();
  for (const kind of RECORD_KINDS) if (batch.records?.[kind]) tables.add(kind);
  if (batch.snapshots) tables.add("snapshots");
  if (batch.issues) tables.add("issues");
  if (batch.history?.length) tables.add("history");
  if (batch.stageTransitions?.length) tables.add("stageTransitions");
  if (batch.conflicts?.length) tables.add("conflicts");
  if (batch.syncState) tables.add("syncState");
  // A transaction needs at least one table; syncState is tiny and always present.
  if (tables.size === 0) tables.add("syncState");
  return [...tables];
}

async function tombstone(db: CrmDatabase, kind: RecordKind, ids: readonly string[], at: number) {
  if (ids.length === 0) return 0;
  return db
    .recordTable(kind)
    .where(":id")
    .anyOf([...ids])
    .modify((row: { deleted?: number }) => {
      row.deleted ??= at;
    });
}

async function applySnapshots(db: CrmDatabase, batch: SyncBatch): Promise<void> {
  for (const kind of RECORD_KINDS) {
    const changes = batch.snapshots?.[kind];
    if (!changes) continue;
    const remove = (changes.remove ?? []).map((id): [RecordKind, string] => [kind, id]);
    if (remove.length > 0) await db.snapshots.bulkDelete(remove);
    const put = (changes.put ?? []).map((values) => ({ table: kind, id: values.id, values }));
    if (put.length > 0) await db.snapshots.bulkPut(put);
  }
}

async function replaceIssues(db: CrmDatabase, batch: SyncBatch): Promise<number> {
  let count = 0;
  for (const kind of RECORD_KINDS) {
    const issues = batch.issues?.[kind];
    if (issues === undefined) continue;
    await db.issues.where("table").equals(kind).delete();
    if (issues.length > 0) await db.issues.bulkAdd(issues.map((i) => ({ ...i, table: kind })));
    count += issues.length;
  }
  return count;
}
