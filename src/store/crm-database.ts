// The per-workbook CellCRM store: one Dexie database per workbook (see open-workbook-database)
// and, in `records`, the working set it persists — every record in memory, loaded from the
// chunks when the database opens (schema and migrations in schema.ts). Only src/store touches
// the tables directly.

import Dexie, { type DexieOptions, type Table } from "dexie";
import type { RecordKind } from "../domain/records";
import type { RecordChunkRow } from "./record-stage";
import { defineSchema } from "./schema";
import type {
  ConflictRow,
  HistoryEntry,
  SnapshotRow,
  StageTransition,
  StoredIssue,
  SyncStateEntry,
} from "./stored-types";
import { WorkingSet } from "./working-set";

export class CrmDatabase extends Dexie {
  declare readonly recordChunks: Table<RecordChunkRow, [RecordKind, number]>;
  declare readonly history: Table<HistoryEntry, number>;
  declare readonly stageTransitions: Table<StageTransition, number>;
  declare readonly snapshots: Table<SnapshotRow, [RecordKind, string]>;
  declare readonly issues: Table<StoredIssue, number>;
  declare readonly conflicts: Table<ConflictRow, number>;
  declare readonly syncState: Table<SyncStateEntry, string>;
  readonly records = new WorkingSet();

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    defineSchema(this);
    // Dexie waits for this before any other read or write of the opening database
    this.on("ready", async () => {
      if (this.records.sets.customers.size > 0) return;
      this.records.load(await this.recordChunks.toArray());
      if (this.records.sets.customers.size > 0) this.records.warmSearch();
    });
    Dexie.on("storagemutated", this.heardMutation);
  }

  /** Resolves once the working set holds the persisted records (opening the database if needed). */
  async loaded(): Promise<void> {
    if (!this.isOpen()) await this.open();
  }

  override close(options?: { disableAutoOpen: boolean }): void {
    Dexie.on("storagemutated").unsubscribe(this.heardMutation);
    super.close(options);
  }

  /** Writes to this database's other tables (history, conflicts, settings) reach listeners. */
  private readonly heardMutation = (parts: Readonly<Record<string, unknown>>) => {
    const prefix = `idb://${this.name}/`;
    for (const part in parts) {
      if (part.startsWith(prefix) && !part.startsWith(`${prefix}recordChunks/`))
        return this.records.changed();
    }
  };
}
