// Records whose table went away: CRM_Pipeline renamed, deleted or mapped to another use leaves
// its deals in the store with no rows in the workbook. A sync never tombstones them on its own
// (the table may be back after an undo); the user chooses — put them back in a new table, with
// their IDs, so the next sync finds them unchanged, or remove them from CellCRM.
import { RECORD_KINDS, type RecordKind, schemaFor } from "../domain/records";
import type { StageDefinition } from "../domain/pipeline/default-stages";
import type { WorkbookPort } from "../excel/workbook-port";
import { type CrmDatabase, applySyncBatch } from "../store";
import { appendRecords, customKeysOf } from "./append-records";
import { loadStoreSide } from "./load-store-records";
import type { HeaderMaps } from "./sync-context";
import { withSyncLock } from "./sync-lock";

export interface OrphanedTable {
  readonly kind: RecordKind;
  readonly tableName: string;
  /** Live records CellCRM keeps for it. */
  readonly count: number;
}

export async function findOrphanedRecords(
  port: WorkbookPort,
  db: CrmDatabase,
): Promise<OrphanedTable[]> {
  const present = new Set((await port.findTables()).map((t) => t.kind));
  const orphaned: OrphanedTable[] = [];
  for (const kind of RECORD_KINDS) {
    if (present.has(kind)) continue;
    const { stored } = await loadStoreSide(db, kind);
    if (stored.size > 0)
      orphaned.push({ kind, tableName: schemaFor(kind).tableName, count: stored.size });
  }
  return orphaned;
}

/** Tombstones every live record of `kind` (history keeps them); only on the user's word. */
export function removeOrphanedRecords(db: CrmDatabase, kind: RecordKind): Promise<number> {
  return withSyncLock(db, async () => {
    const ids = [...(await loadStoreSide(db, kind)).stored.keys()];
    await applySyncBatch(db, { at: Date.now(), records: { [kind]: { tombstone: ids } } });
    return ids.length;
  });
}

/** A new table for `kind` holding its live records as rows, IDs included. */
export async function restoreOrphanedRecords(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: RecordKind,
  stages: readonly StageDefinition[],
  headerMaps: HeaderMaps = {},
): Promise<number> {
  // read first, outside any store transaction: Excel is never awaited inside one
  const records = [...(await loadStoreSide(db, kind)).stored.values()];
  await port.ensureTables(stages, [kind], { [kind]: customKeysOf(records) });
  await appendRecords(port, kind, records, headerMaps);
  return records.length;
}
