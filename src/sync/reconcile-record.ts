// Decides what one sheet row means for its stored record (DESIGN.md §4). Without a pending pane
// edit the sheet simply wins. With one (a snapshot base that differs from the stored record) the
// three sides merge: pane-only fields go back to the sheet, overlapping edits become conflicts.

import {
  type CrmRecord,
  type RecordKind,
  diffRecords,
  sameValue,
  threeWayMerge,
} from "../domain/records";
import type { ChangeSource, ConflictRow, HistoryEntry, StageTransition } from "../store";

export interface RecordOutcome {
  /** The record to store, when it differs from the stored one. */
  readonly put?: CrmRecord;
  readonly history: Omit<HistoryEntry, "seq">[];
  readonly transitions: Omit<StageTransition, "seq">[];
  readonly conflicts: Omit<ConflictRow, "seq">[];
  /** Fields whose merged value must be written to the sheet. */
  readonly toSheet: readonly string[];
  /** The pending pane edit is settled: its snapshot row goes. */
  readonly dropSnapshot: boolean;
}

export interface RecordSides {
  readonly kind: RecordKind;
  readonly sheet: CrmRecord;
  /** The live stored record (the pane's view), if any. */
  readonly stored?: CrmRecord;
  /** The merge base from the snapshot repository, if any. */
  readonly base?: CrmRecord;
  readonly at: number;
}

export function reconcileRecord(sides: RecordSides): RecordOutcome {
  const { kind, sheet, stored, base, at } = sides;
  if (stored === undefined) {
    return { put: sheet, ...empty(), transitions: entered(kind, sheet, at) };
  }
  const pending = base !== undefined && !sameValue(base, stored);
  const merge = pending ? threeWayMerge(base, sheet, stored) : undefined;
  const merged = merge?.merged ?? sheet;
  const changes = diffRecords(stored, merged);
  const conflicts = (merge?.conflicts ?? []).map((c) => ({
    table: kind,
    recordId: sheet.id,
    ...c,
    createdAt: at,
  }));
  return {
    put: changes.length > 0 ? merged : undefined,
    history: changes.map((c) => historyEntry(kind, sheet.id, c, at, "sheet")),
    transitions: stageMoves(kind, stored, merged, at),
    conflicts,
    toSheet: merge?.toSheet ?? [],
    dropSnapshot: pending,
  };
}

export function historyEntry(
  kind: RecordKind,
  recordId: string,
  change: { field: string; before: unknown; after: unknown },
  at: number,
  source: ChangeSource,
): Omit<HistoryEntry, "seq"> {
  const { field, before, after } = change;
  return { table: kind, recordId, field, before, after, at, source };
}

export function stageMoves(
  kind: RecordKind,
  before: CrmRecord,
  after: CrmRecord,
  at: number,
): Omit<StageTransition, "seq">[] {
  if (kind !== "deals") return [];
  const from = (before as { stage?: string }).stage;
  const to = (after as { stage?: string }).stage;
  if (to === undefined || from === to) return [];
  return [{ dealId: after.id, ...(from === undefined ? {} : { from }), to, at }];
}

function entered(kind: RecordKind, record: CrmRecord, at: number) {
  const to = (record as { stage?: string }).stage;
  return kind === "deals" && to !== undefined ? [{ dealId: record.id, to, at }] : [];
}

function empty() {
  return { history: [], transitions: [], conflicts: [], toSheet: [], dropSnapshot: false };
}
