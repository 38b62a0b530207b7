// Accumulates reconciled records of one table into what applySyncBatch takes: records to put,
// history, stage transitions, conflicts, settled snapshots, and counts for the sync report.

import type { CrmRecord } from "../domain/records";
import type { ConflictRow, HistoryEntry, StageTransition } from "../store";
import type { RecordOutcome } from "./reconcile-record";

export interface RecordPlan {
  readonly put: CrmRecord[];
  readonly history: Omit<HistoryEntry, "seq">[];
  readonly transitions: Omit<StageTransition, "seq">[];
  readonly conflicts: Omit<ConflictRow, "seq">[];
  readonly snapshotRemove: string[];
  readonly counts: { added: number; changed: number };
}

export function emptyPlan(): RecordPlan {
  return {
    put: [],
    history: [],
    transitions: [],
    conflicts: [],
    snapshotRemove: [],
    counts: { added: 0, changed: 0 },
  };
}

export function addOutcome(
  plan: RecordPlan,
  id: string,
  outcome: RecordOutcome,
  existed: boolean,
): void {
  if (outcome.put) {
    plan.put.push(outcome.put);
    if (existed) plan.counts.changed++;
    else plan.counts.added++;
  }
  plan.history.push(...outcome.history);
  plan.transitions.push(...outcome.transitions);
  plan.conflicts.push(...outcome.conflicts);
  if (outcome.dropSnapshot) plan.snapshotRemove.push(id);
}
