// Full sync (DESIGN.md §4): read every table first, plan all changes in memory, write minted IDs
// (unless a co-author wrote one meanwhile: claimed-ids.ts) and merged pane edits back in one
// batched write per table, then apply one store transaction.
// If the store refuses the batch, the cells written are restored, so a failure leaves both sides
// as they were; a cancelled sync (AbortSignal) stops before writing anything.

import type { RecordKind } from "../domain/records";
import { throwIfAborted } from "./abort";
import type { WorkbookPort } from "../excel/workbook-port";
import {
  type CrmDatabase,
  DATE_ORDERS_KEY,
  DECIMAL_MARKS_KEY,
  LAST_FULL_SYNC_KEY,
  type SyncBatchResult,
  applySyncBatch,
} from "../store";
import { buildSyncBatch } from "./build-sync-batch";
import { claimedSinceRead, dropClaimed } from "./claimed-ids";
import { loadStoreSide } from "./load-store-records";
import { type TablePlan, planTableSync } from "./plan-table-sync";
import { type ReadPhaseOptions, readWorkbookTables } from "./read-workbook-tables";
import { type SyncOptions, syncContext } from "./sync-context";
import { withSyncLock } from "./sync-lock";

export interface FullSyncOptions extends SyncOptions, ReadPhaseOptions {}

export interface TableSyncSummary {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly issues: number;
  readonly conflicts: number;
  readonly cellsWritten: number;
}

export interface FullSyncReport {
  readonly at: number;
  readonly tables: Partial<Record<RecordKind, TableSyncSummary>>;
  readonly stored: SyncBatchResult;
}

export function fullSync(
  port: WorkbookPort,
  db: CrmDatabase,
  options: FullSyncOptions = {},
): Promise<FullSyncReport> {
  return withSyncLock(db, () => syncAll(port, db, options));
}

async function syncAll(port: WorkbookPort, db: CrmDatabase, options: FullSyncOptions) {
  const context = syncContext(options);
  const tables = await readWorkbookTables(port, options);
  const plans = new Map<RecordKind, TablePlan>();
  for (const [kind, table] of tables) {
    plans.set(kind, planTableSync(kind, table, await loadStoreSide(db, kind), context));
  }
  throwIfAborted(options.signal);
  for (const [kind, plan] of plans) {
    const claimed = await claimedSinceRead(port, kind, plan.minted, plan.idColumn);
    dropClaimed(plan, claimed, plan, plan.minted, plan.idColumn);
  }
  const written = await writeBack(port, plans);
  const perKind = <T>(pick: (plan: TablePlan) => T) =>
    Object.fromEntries([...plans].map(([kind, plan]) => [kind, pick(plan)]));
  const batch = buildSyncBatch(context.at, plans, {
    [LAST_FULL_SYNC_KEY]: context.at,
    [DATE_ORDERS_KEY]: perKind((p) => p.dateOrders),
    [DECIMAL_MARKS_KEY]: perKind((p) => p.decimalMarks),
  });
  let stored: SyncBatchResult;
  try {
    stored = await applySyncBatch(db, batch);
  } catch (error) {
    await restore(port, written);
    throw error;
  }
  return { at: context.at, tables: summarize(plans), stored };
}

/** One batched write per table; on a failed write, the tables already written are restored. */
async function writeBack(port: WorkbookPort, plans: ReadonlyMap<RecordKind, TablePlan>) {
  const written: [RecordKind, TablePlan][] = [];
  for (const [kind, plan] of plans) {
    if (plan.writes.length === 0) continue;
    try {
      await port.writeCells(kind, plan.writes);
    } catch (error) {
      await restore(port, written);
      throw error;
    }
    written.push([kind, plan]);
  }
  return written;
}

async function restore(port: WorkbookPort, written: readonly [RecordKind, TablePlan][]) {
  for (const [kind, plan] of written) {
    // Best effort: the original error is what the caller must see.
    await port.writeCells(kind, plan.reverts).catch(() => undefined);
  }
}

function summarize(plans: ReadonlyMap<RecordKind, TablePlan>) {
  const tables: Partial<Record<RecordKind, TableSyncSummary>> = {};
  for (const [kind, plan] of plans) {
    tables[kind] = {
      added: plan.counts.added,
      changed: plan.counts.changed,
      removed: plan.tombstone.length,
      issues: plan.issues.length,
      conflicts: plan.conflicts.length,
      cellsWritten: plan.writes.length,
    };
  }
  return tables;
}
