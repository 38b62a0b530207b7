// Applies a prepared SyncBatch: the records' new versions are staged in memory first, then ONE
// read-write Dexie transaction writes the chunks they touch and the other tables; only when it
// has committed does the working set take the staged records. Nothing but Dexie is awaited
// inside, so the transaction cannot auto-commit midway; if any step throws, Dexie aborts it and
// both the store and its working set are exactly as before (DESIGN.md §4). Batches of one
// database run one after another, so two never rewrite the same chunk from different pasts.

import { RECORD_KINDS, type RecordKind } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import { RecordStage } from "./record-stage";
import type { SyncBatch, SyncBatchResult } from "./sync-batch";
import { CUSTOMERS_VERSION_KEY } from "./sync-state-keys";

const queues = new WeakMap<CrmDatabase, Promise<unknown>>();

export function applySyncBatch(db: CrmDatabase, batch: SyncBatch): Promise<SyncBatchResult> {
  const run = (queues.get(db) ?? Promise.resolve()).then(() => applyNow(db, batch));
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

async function applyNow(db: CrmDatabase, batch: SyncBatch): Promise<SyncBatchResult> {
  await db.loaded();
  const { stages, put, tombstoned } = stageRecords(db, batch);
  const chunks = stages.flatMap((stage) => stage.chunkRows());
  const result = await db.transaction("rw", affectedTables(batch, chunks.length), async () => {
    if (chunks.length > 0) await db.recordChunks.bulkPut(chunks);
    await applySnapshots(db, batch);
    const issues = await replaceIssues(db, batch);
    if (batch.history?.length) await db.history.bulkAdd([...batch.history]);
    if (batch.stageTransitions?.length)
      await db.stageTransitions.bulkAdd([...batch.stageTransitions]);
    if (batch.conflicts?.length) await db.conflicts.bulkAdd([...batch.conflicts]);
    const state = Object.entries(batch.syncState ?? {}).map(([key, value]) => ({ key, value }));
    if (stages.some((stage) => stage.kind === "customers"))
      state.push({ key: CUSTOMERS_VERSION_KEY, value: db.records.customersVersion + 1 });
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
  db.records.commit(stages);
  return result;
}

function stageRecords(db: CrmDatabase, batch: SyncBatch) {
  const stages: RecordStage<RecordKind>[] = [];
  let put = 0;
  let tombstoned = 0;
  for (const kind of RECORD_KINDS) {
    const changes = batch.records?.[kind];
    if (!changes) continue;
    const stage = new RecordStage(db.records.set(kind)) as RecordStage<RecordKind>;
    for (const record of changes.put ?? []) stage.put(Object.freeze(record) as never);
    put += changes.put?.length ?? 0;
    tombstoned += stage.tombstone(changes.tombstone ?? [], batch.at);
    if (stage.size > 0) stages.push(stage);
  }
  return { stages, put, tombstoned };
}

function affectedTables(batch: SyncBatch, chunks: number): string[] {
  const tables = new Set<string>();
  if (chunks > 0) tables.add("recordChunks").add("syncState");
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
