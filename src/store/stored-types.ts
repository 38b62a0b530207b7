// Row shapes of the store. Records are the domain records plus a tombstone (`deleted`, ms) —
// a live record is exactly its domain record; the rest is what only the store keeps.

import type {
  Activity,
  CostItem,
  CrmRecord,
  Customer,
  Deal,
  RecordKind,
  RowIssue,
} from "../domain/records";

export interface Tombstone {
  /** When the row disappeared from the sheet (ms since epoch); absent while the record is live. */
  readonly deleted?: number;
}

export type StoredCustomer = Customer & Tombstone;
export type StoredDeal = Deal & Tombstone;
export type StoredCostItem = CostItem & Tombstone;
export type StoredActivity = Activity & Tombstone;

export interface StoredRecordsByKind {
  readonly customers: StoredCustomer;
  readonly deals: StoredDeal;
  readonly costs: StoredCostItem;
  readonly activities: StoredActivity;
}
export type StoredRecordOf<K extends RecordKind> = StoredRecordsByKind[K];

/** Who made a change: a sheet edit, a pane edit, or the sync itself (IDs, merges). */
export type ChangeSource = "sheet" | "pane" | "sync";

export interface HistoryEntry {
  readonly seq?: number;
  readonly table: RecordKind;
  readonly recordId: string;
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
  /** ms since epoch. */
  readonly at: number;
  readonly source: ChangeSource;
}

export interface StageTransition {
  readonly seq?: number;
  readonly dealId: string;
  /** Absent for a deal that entered the pipeline at `to`. */
  readonly from?: string;
  readonly to: string;
  readonly at: number;
}

/** Merge base of one record when it differs from the stored record (see snapshot-repository). */
export interface SnapshotRow {
  readonly table: RecordKind;
  readonly id: string;
  readonly values: CrmRecord;
}

export interface StoredIssue extends RowIssue {
  readonly seq?: number;
  readonly table: RecordKind;
}

export interface ConflictRow {
  readonly seq?: number;
  readonly table: RecordKind;
  readonly recordId: string;
  readonly field: string;
  readonly base: unknown;
  readonly sheet: unknown;
  readonly pane: unknown;
  readonly createdAt: number;
  readonly resolvedAt?: number;
  /** The value the user kept. */
  readonly resolution?: unknown;
}

export interface SyncStateEntry {
  readonly key: string;
  readonly value: unknown;
}
