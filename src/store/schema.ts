// Every schema version of the CellCRM store and its migrations, in one place. Never edit a
// shipped version: add a new one with an upgrade. (Dexie keeps old versions' specs only to
// know how to upgrade; a fresh database is created at the latest version directly.)
//
// v1 (first release): record tables with a `removed: true` flag for rows gone from the sheet,
//   history without `source`, customers indexed on raw name/company/email.
// v2 (current): tombstones are timestamps (`deleted`, ms); customers get derived `searchWords`
//   (multiEntry) and `emailKey`; deals get an [owner+expectedClose] index; history gains
//   `source`; stage changes move to their own stageTransitions table (backfilled from history).
//   The raw customer name/company/email indexes are dropped: every index costs time on a full
//   sync of 100,000 rows, and searchWords/emailKey serve those look-ups.

import Dexie, { type Transaction } from "dexie";
import { RECORD_KINDS, type RecordKind } from "../domain/records";
import { toStoredCustomer } from "./to-stored";

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

export const SCHEMA_VERSION = 2;

export function defineSchema(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
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
  return kind === "customers" ? toStoredCustomer(reshaped as never) : reshaped;
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
