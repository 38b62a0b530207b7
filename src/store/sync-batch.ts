// The change set the sync engine prepares from its Excel reads and hands to applySyncBatch.
// Every part is optional; `at` stamps tombstones. Records are plain domain records.

import type { RecordKind, RecordOf, RowIssue } from "../domain/records";
import type { ConflictRow, HistoryEntry, StageTransition } from "./stored-types";

export interface RecordChanges<K extends RecordKind> {
  /** Inserted or replaced whole (a put of a tombstoned ID brings the record back). */
  readonly put?: readonly RecordOf<K>[];
  /** IDs gone from the sheet; the rows stay, marked deleted at `at`. */
  readonly tombstone?: readonly string[];
}

export interface SnapshotChanges<K extends RecordKind> {
  readonly put?: readonly RecordOf<K>[];
  readonly remove?: readonly string[];
}

export type PerKind<T extends { [K in RecordKind]: unknown }> = {
  readonly [K in RecordKind]?: T[K];
};

export interface SyncBatch {
  /** ms since epoch of this sync. */
  readonly at: number;
  readonly records?: PerKind<{ [K in RecordKind]: RecordChanges<K> }>;
  readonly history?: readonly Omit<HistoryEntry, "seq">[];
  readonly stageTransitions?: readonly Omit<StageTransition, "seq">[];
  /** Sparse merge bases (see snapshot-repository.ts). */
  readonly snapshots?: PerKind<{ [K in RecordKind]: SnapshotChanges<K> }>;
  /** Replaces all stored issues of each listed table (an empty list clears them). */
  readonly issues?: PerKind<{ [K in RecordKind]: readonly RowIssue[] }>;
  readonly conflicts?: readonly Omit<ConflictRow, "seq">[];
  /** syncState entries to set, e.g. { lastFullSync: at }. */
  readonly syncState?: Readonly<Record<string, unknown>>;
}

export interface SyncBatchResult {
  readonly put: number;
  readonly tombstoned: number;
  readonly history: number;
  readonly stageTransitions: number;
  readonly issues: number;
  readonly conflicts: number;
}
