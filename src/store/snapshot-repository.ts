// Merge bases for the sync engine. The store's record IS the last-synced sheet value, because
// pane edits go to the workbook first; a snapshot row exists only for a record whose base
// differs from its stored value (e.g. a pane edit the workbook has not confirmed yet). Keeping
// snapshots sparse halves the writes of a 100,000-row full sync.

import Dexie from "dexie";
import type { RecordKind, RecordOf } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import { fromStored, isLive } from "./to-stored";

export interface SnapshotRepository {
  /** Base of every live record of a kind, by ID: its snapshot row if any, else the stored record. */
  bases<K extends RecordKind>(kind: K): Promise<Map<string, RecordOf<K>>>;
  /** Stored records of a kind including tombstoned ones, by ID (for resurrection checks). */
  all<K extends RecordKind>(kind: K): Promise<Map<string, RecordOf<K> & { deleted?: number }>>;
  /** Live stored records and their bases for some IDs only (incremental sync, pane edits). */
  forIds<K extends RecordKind>(
    kind: K,
    ids: readonly string[],
  ): Promise<{ stored: Map<string, RecordOf<K>>; bases: Map<string, RecordOf<K>> }>;
}

export function createSnapshotRepository(db: CrmDatabase): SnapshotRepository {
  return {
    async bases<K extends RecordKind>(kind: K) {
      await db.loaded();
      const snapshots = await snapshotsOf(db, kind);
      const bases = new Map<string, RecordOf<K>>();
      for (const row of db.records.set(kind).all()) {
        if (isLive(row)) bases.set(row.id, fromStored<K>(row));
      }
      for (const s of snapshots) {
        if (bases.has(s.id)) bases.set(s.id, s.values as RecordOf<K>);
      }
      return bases;
    },
    async all<K extends RecordKind>(kind: K) {
      await db.loaded();
      const byId = new Map<string, RecordOf<K> & { deleted?: number }>();
      for (const row of db.records.set(kind).all()) byId.set(row.id, row);
      return byId;
    },
    async forIds<K extends RecordKind>(kind: K, ids: readonly string[]) {
      await db.loaded();
      const unique = [...new Set(ids)];
      const snapshots = await db.snapshots.bulkGet(
        unique.map((id): [RecordKind, string] => [kind, id]),
      );
      const stored = new Map<string, RecordOf<K>>();
      const bases = new Map<string, RecordOf<K>>();
      unique.forEach((id, i) => {
        const row = db.records.set(kind).get(id);
        if (row === undefined || !isLive(row)) return;
        stored.set(id, fromStored<K>(row));
        bases.set(id, (snapshots[i]?.values as RecordOf<K> | undefined) ?? fromStored<K>(row));
      });
      return { stored, bases };
    },
  };
}

function snapshotsOf(db: CrmDatabase, kind: RecordKind) {
  return db.snapshots
    .where("[table+id]")
    .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
    .toArray();
}
