// Every schema version of the CellCRM store and its migrations, in one place. Never edit a
// shipped version: add a new one with an upgrade. (Dexie keeps old versions' specs only to
// know how to upgrade; a fresh database is created at the latest version directly.)
//
// v1 (first release): record tables with a `removed: true` flag for rows gone from the sheet,
//   history without `source`, customers indexed on raw name/company/email.
// v2: tombstones are timestamps (`deleted`, ms); customers get derived `searchWords`
//   (multiEntry) and `emailKey`; deals get an [owner+expectedClose] index; history gains
//   `source`; stage changes move to their own stageTransitions table (backfilled from history).
//   The raw customer name/company/email indexes are dropped: every index costs time on a full
//   sync of 100,000 rows, and searchWords/emailKey serve those look-ups.
// v3 (current, issue 11): records live in memory (working-set.ts) and persist as chunks of
//   1,000 per IndexedDB value in `recordChunks` ([kind+chunk]); the per-record tables and their
//   indexes are gone (the multiEntry word index was 16 s of a 100,000-row sync; chunks take
//   ~0.1 s). Search and look-ups run in memory. The upgrade moves every record, tombstones too.
//   `searchIndex` keeps the last customer search index (one value), so a reopen need not rebuild.

import Dexie, { type Transaction } from "dexie";
import { type Customer, RECORD_KINDS, type RecordKind, normalizeEmail } from "../domain/records";
import { CHUNK_SIZE } from "./record-set";
import { searchWordsOf } from "./search-words";

export const V1_STORES = {
  customers: "id, email, name, company",
  deals: "id, customerId, stage, expectedClose",
  costs: "id, kind, initiative",
  activities: "id, date, customerId, dealId",
  history: "++seq, [table+recordId], at",
  snapshots: "[table+id]",
  issues: "++seq, table",
  conflicts: "++seq, [table+recordId]",
  syncState: "key",
} as const;

export const V2_STORES = {
  customers: "id, emailKey, *searchWords",
  deals: "id, customerId, stage, expectedClose, [owner+expectedClose]",
  costs: "id, kind, initiative",
  activities: "id, date, customerId, dealId",
  history: "++seq, [table+recordId], at, source",
  stageTransitions: "++seq, dealId, at, to",
  snapshots: "[table+id]",
  issues: "++seq, table",
  conflicts: "++seq, [table+recordId], createdAt",
  syncState: "key",
} as const;

export const V3_STORES = {
  customers: null,
  deals: null,
  costs: null,
  activities: null,
  recordChunks: "[kind+chunk]",
  searchIndex: "",
  history: V2_STORES.history,
  stageTransitions: V2_STORES.stageTransitions,
  snapshots: V2_STORES.snapshots,
  issues: V2_STORES.issues,
  conflicts: V2_STORES.conflicts,
  syncState: V2_STORES.syncState,
} as const;

export const SCHEMA_VERSION = 3;

export function defineSchema(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  db.version(3).stores(V3_STORES).upgrade(upgradeToV3);
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  for (const kind of RECORD_KINDS) {
    const rows = (await tx.table(kind).toArray()) as Record<string, unknown>[];
    const records = rows.map(({ searchWords: _words, emailKey: _key, ...record }) => record);
    const chunks = [];
    for (let chunk = 0; chunk * CHUNK_SIZE < records.length; chunk++) {
      const part = records.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE);
      chunks.push({ kind, chunk, records: part });
    }
    if (chunks.length > 0) await tx.table("recordChunks").bulkAdd(chunks);
  }
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  // v1 never recorded when a row was removed; the upgrade time is the best truthful bound.
  const upgradedAt = Date.now();
  for (const kind of RECORD_KINDS) {
    await tx
      .table(kind)
      .toCollection()
      .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = reshapeV1Record(kind, row, upgradedAt);
      });
  }
  await tx
    .table("history")
    .toCollection()
    .modify((entry: Record<string, unknown>) => {
      entry.source ??= "sync";
    });
  await backfillStageTransitions(tx);
}

function reshapeV1Record(kind: RecordKind, row: Record<string, unknown>, at: number): object {
  const { removed, ...rest } = row;
  const reshaped = removed === true ? { ...rest, deleted: at } : rest;
  return kind === "customers" ? v2CustomerRow(reshaped as never) : reshaped;
}

/** A customer as v2 stored it: with its search words and e-mail key. */
function v2CustomerRow(customer: Customer): object {
  const keys = customer.email === undefined ? {} : { emailKey: normalizeEmail(customer.email) };
  return Object.assign({ searchWords: searchWordsOf(customer) }, customer, keys);
}

async function backfillStageTransitions(tx: Transaction): Promise<void> {
  const stageChanges = await tx
    .table("history")
    .where("[table+recordId]")
    .between(["deals", Dexie.minKey], ["deals", Dexie.maxKey])
    .filter((h: { field: string }) => h.field === "stage")
    .sortBy("at");
  const transitions = stageChanges.map((h) => ({
    dealId: h.recordId,
    ...(typeof h.before === "string" ? { from: h.before } : {}),
    to: h.after,
    at: h.at,
  }));
  await tx.table("stageTransitions").bulkAdd(transitions);
}
