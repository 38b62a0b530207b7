// Read-only look-ups of the store the sync engine needs between Excel reads and its one
// applySyncBatch: stored records and merge bases, whole tables or by ID. Writes never happen here.

import type { CrmRecord, RecordKind } from "../domain/records";
import { type CrmDatabase, createSnapshotRepository } from "../store";

export interface StoreSide {
  /** Live stored records by ID. */
  readonly stored: Map<string, CrmRecord>;
  /** Merge base of each live record (snapshot row if any, else the stored record). */
  readonly bases: Map<string, CrmRecord>;
}

export async function loadStoreSide(db: CrmDatabase, kind: RecordKind): Promise<StoreSide> {
  const repo = createSnapshotRepository(db);
  const [all, bases] = await Promise.all([repo.all(kind), repo.bases(kind)]);
  const stored = new Map<string, CrmRecord>();
  for (const [id, record] of all) if (record.deleted === undefined) stored.set(id, record);
  return { stored, bases: bases as Map<string, CrmRecord> };
}

/** The same for a few IDs only (incremental sync, pane edits). */
export async function loadStoreRecords(
  db: CrmDatabase,
  kind: RecordKind,
  ids: readonly string[],
): Promise<StoreSide> {
  const side = await createSnapshotRepository(db).forIds(kind, ids);
  return side as StoreSide;
}
