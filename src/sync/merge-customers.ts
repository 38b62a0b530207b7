// Merging a duplicate customer into the one that stays: deals and activities pointing at the
// duplicate are re-pointed (sheet first, then store), the duplicate's row is deleted from the
// sheet and its record tombstoned — one store batch, history source "sync".

import { type CrmRecord, type RecordKind, mapHeaders } from "../domain/records";
import type { CellUpdate, WorkbookPort } from "../excel/workbook-port";
import {
  type CrmDatabase,
  type HistoryEntry,
  applySyncBatch,
  createCustomerRepository,
  createRecordRepository,
} from "../store";
import { historyEntry } from "./reconcile-record";
import { type HeaderMaps, headerMapOf, type SyncOptions, syncContext } from "./sync-context";
import { withSyncLock } from "./sync-lock";
import { RejectedEdit } from "./write-record-fields";

const LINKED: readonly ("deals" | "activities")[] = ["deals", "activities"];

export interface MergeReport {
  readonly deals: number;
  readonly activities: number;
}

export function mergeCustomers(
  port: WorkbookPort,
  db: CrmDatabase,
  survivorId: string,
  duplicateId: string,
  options: SyncOptions = {},
): Promise<MergeReport> {
  return withSyncLock(db, () => merge(port, db, survivorId, duplicateId, options));
}

async function merge(
  port: WorkbookPort,
  db: CrmDatabase,
  survivorId: string,
  duplicateId: string,
  options: SyncOptions,
): Promise<MergeReport> {
  const { at, headerMaps } = syncContext(options);
  await requireLiveCustomers(db, [survivorId, duplicateId]);
  if (survivorId === duplicateId) throw new RejectedEdit("A customer cannot merge into itself");
  const moved = new Map<RecordKind, CrmRecord[]>();
  const history: Omit<HistoryEntry, "seq">[] = [];
  for (const kind of LINKED) {
    const linked = await linkedTo(db, kind, duplicateId);
    await repointInSheet(port, kind, linked, survivorId, headerMaps);
    moved.set(
      kind,
      linked.map((r) => ({ ...r, customerId: survivorId }) as CrmRecord),
    );
    for (const r of linked) {
      const change = { field: "customerId", before: duplicateId, after: survivorId };
      history.push(historyEntry(kind, r.id, change, at, "sync"));
    }
  }
  const located = await port.locateRecords("customers", [duplicateId]);
  const row = located.rows.get(duplicateId);
  if (row !== undefined) await port.deleteRow("customers", row);
  await applySyncBatch(db, {
    at,
    records: {
      customers: { tombstone: [duplicateId] },
      deals: { put: moved.get("deals") as never[] },
      activities: { put: moved.get("activities") as never[] },
    },
    snapshots: { customers: { remove: [duplicateId] } },
    history,
  });
  return {
    deals: moved.get("deals")?.length ?? 0,
    activities: moved.get("activities")?.length ?? 0,
  };
}

async function requireLiveCustomers(db: CrmDatabase, ids: readonly string[]) {
  const customers = createCustomerRepository(db);
  for (const id of ids) {
    if ((await customers.get(id)) === undefined) throw new RejectedEdit(`No customer ${id}`);
  }
}

async function linkedTo(db: CrmDatabase, kind: "deals" | "activities", customerId: string) {
  const all = await createRecordRepository(db, kind).liveAll();
  return all.filter((record) => record.customerId === customerId) as CrmRecord[];
}

async function repointInSheet(
  port: WorkbookPort,
  kind: RecordKind,
  records: readonly CrmRecord[],
  survivorId: string,
  headerMaps: HeaderMaps,
): Promise<void> {
  if (records.length === 0) return;
  const located = await port.locateRecords(
    kind,
    records.map((r) => r.id),
  );
  const columns = mapHeaders(located.headers, kind, headerMapOf(headerMaps, kind))
    .columns as Partial<Record<string, number>>;
  const column = columns.customerId;
  if (column === undefined) return;
  const updates: CellUpdate[] = [...located.rows.values()].map((row) => ({
    row,
    column,
    value: survivorId,
  }));
  await port.writeCells(kind, updates);
}
