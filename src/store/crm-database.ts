// The per-workbook CellCRM store: one Dexie database per workbook (see open-workbook-database),
// typed tables below, schema and migrations in schema.ts. Only src/store touches it directly.

import Dexie, { type DexieOptions, type Table } from "dexie";
import type { RecordKind } from "../domain/records";
import { defineSchema } from "./schema";
import type {
  ConflictRow,
  HistoryEntry,
  SnapshotRow,
  StageTransition,
  StoredActivity,
  StoredCostItem,
  StoredCustomer,
  StoredDeal,
  StoredIssue,
  StoredRecordOf,
  SyncStateEntry,
} from "./stored-types";

export class CrmDatabase extends Dexie {
  declare readonly customers: Table<StoredCustomer, string>;
  declare readonly deals: Table<StoredDeal, string>;
  declare readonly costs: Table<StoredCostItem, string>;
  declare readonly activities: Table<StoredActivity, string>;
  declare readonly history: Table<HistoryEntry, number>;
  declare readonly stageTransitions: Table<StageTransition, number>;
  declare readonly snapshots: Table<SnapshotRow, [RecordKind, string]>;
  declare readonly issues: Table<StoredIssue, number>;
  declare readonly conflicts: Table<ConflictRow, number>;
  declare readonly syncState: Table<SyncStateEntry, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    defineSchema(this);
  }

  /** The table of one record kind (tables are named like RecordKind). */
  recordTable<K extends RecordKind>(kind: K): Table<StoredRecordOf<K>, string> {
    return this.table(kind);
  }
}
