// The per-workbook CellCRM store: one Dexie database per workbook (see open-workbook-database)
// and, in `records`, the working set it persists — every record in memory, loaded from the
// chunks by `loaded()` (schema and migrations in schema.ts). Only src/store touches
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

/** One getAll on the raw IndexedDB: Dexie's toArray adds ~3× on 200 chunks of 1,000 records. */
function readAllChunks(idb: IDBDatabase): Promise<RecordChunkRow[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction("recordChunks").objectStore("recordChunks").getAll();
    request.onsuccess = () => resolve(request.result as RecordChunkRow[]);
    request.onerror = () => reject(request.error ?? new Error("Reading the CRM store failed."));
  });
}

export class CrmDatabase extends Dexie {
  declare readonly recordChunks: Table<RecordChunkRow, [RecordKind, number]>;
  declare readonly history: Table<HistoryEntry, number>;
  declare readonly stageTransitions: Table<StageTransition, number>;
  declare readonly snapshots: Table<SnapshotRow, [RecordKind, string]>;
  declare readonly issues: Table<StoredIssue, number>;
  declare readonly conflicts: Table<ConflictRow, number>;
  declare readonly syncState: Table<SyncStateEntry, string>;
  readonly records = new WorkingSet();
  private loading: Promise<void> | undefined;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    defineSchema(this);
    Dexie.on("storagemutated", this.heardMutation);
  }

  /**
   * Resolves once the working set holds the persisted records, opening the database if needed.
   * The chunks are read after Dexie's open, not in its "ready" event: inside it the same getAll
   * took 2–3× as long in Chromium.
   */
  loaded(): Promise<void> {
    this.loading ??= this.open().then(async () => {
      this.records.load(await readAllChunks(this.backendDB()));
    });
    return this.loading;
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
