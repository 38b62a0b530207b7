// Turns the per-table plans of a sync into the one SyncBatch applySyncBatch writes. Only tables
// with changes get record entries, so a sync that found nothing new writes no records.

import type { RecordKind, RowIssue } from "../domain/records";
import type { RecordChanges, SnapshotChanges, SyncBatch } from "../store";
import type { RecordPlan } from "./record-plan";

export interface BatchPlan extends RecordPlan {
  readonly tombstone: readonly string[];
  /** Replaces the table's stored issues when present. */
  readonly issues?: readonly RowIssue[];
}

type Mutable<T> = { -readonly [P in keyof T]: T[P] };

export function buildSyncBatch(
  at: number,
  plans: ReadonlyMap<RecordKind, BatchPlan>,
  syncState?: Readonly<Record<string, unknown>>,
): SyncBatch {
  const records: Partial<Record<RecordKind, RecordChanges<RecordKind>>> = {};
  const snapshots: Partial<Record<RecordKind, SnapshotChanges<RecordKind>>> = {};
  const issues: Partial<Record<RecordKind, readonly RowIssue[]>> = {};
  const batch: Mutable<SyncBatch> = { at, history: [], stageTransitions: [], conflicts: [] };
  for (const [kind, plan] of plans) {
    if (plan.put.length > 0 || plan.tombstone.length > 0) {
      records[kind] = { put: plan.put as never[], tombstone: plan.tombstone };
    }
    const remove = [...plan.snapshotRemove, ...plan.tombstone];
    if (remove.length > 0) snapshots[kind] = { remove };
    if (plan.issues) issues[kind] = plan.issues;
    batch.history = [...(batch.history ?? []), ...plan.history];
    batch.stageTransitions = [...(batch.stageTransitions ?? []), ...plan.transitions];
    batch.conflicts = [...(batch.conflicts ?? []), ...plan.conflicts];
  }
  if (Object.keys(records).length > 0) batch.records = records as SyncBatch["records"];
  if (Object.keys(snapshots).length > 0) batch.snapshots = snapshots as SyncBatch["snapshots"];
  if (Object.keys(issues).length > 0) batch.issues = issues as SyncBatch["issues"];
  if (syncState) batch.syncState = syncState;
  return batch;
}
