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
import {
  SAVE_AFTER_MS,
  SEARCH_INDEX_KEY,
  type StoredSearchIndex,
  readPersistedForm,
} from "./stored-search-index";
import { CUSTOMERS_VERSION_KEY } from "./sync-state-keys";
import { WorkingSet } from "./working-set";

export class CrmDatabase extends Dexie {
  declare readonly recordChunks: Table<RecordChunkRow, [RecordKind, number]>;
  declare readonly searchIndex: Table<StoredSearchIndex, string>;
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
   * The chunks (and the saved search index) are read with the raw IndexedDB after Dexie's open:
   * Dexie's toArray, or a read inside its "ready" event, took 2–3× as long in Chromium.
   */
  loaded(): Promise<void> {
    this.loading ??= this.open().then(async () => {
      const form = await readPersistedForm<RecordChunkRow>(this.backendDB(), CUSTOMERS_VERSION_KEY);
      this.records.load(form.chunks);
      this.records.customersVersion = form.customersVersion;
      if (form.search?.version === form.customersVersion)
        this.records.search.adopt(form.search.index);
      this.records.search.onChanged = () => this.saveSearchSoon();
    });
    return this.loading;
  }

  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Saves the search index once edits pause; best effort: a reopen without it rebuilds it. */
  private saveSearchSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      const index = this.records.search.snapshot();
      if (!index || !this.isOpen()) return;
      const version = this.records.customersVersion;
      this.searchIndex.put({ version, index }, SEARCH_INDEX_KEY).catch(() => undefined);
    }, SAVE_AFTER_MS);
  }

  override close(options?: { disableAutoOpen: boolean }): void {
    clearTimeout(this.saveTimer);
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
