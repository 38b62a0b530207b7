// Removing a record from the pane (a cost or benefit item): its row is deleted from the sheet
// first, then the record is tombstoned in the store — one batch, under the sync lock — so the
// next sync does not read the row back, and nothing is removed from the store alone while the
// sheet still has it.

import type { RecordKind } from "../domain/records";
import type { WorkbookPort } from "../excel/workbook-port";
import { type CrmDatabase, applySyncBatch, createRecordRepository } from "../store";
import { type SyncOptions, syncContext } from "./sync-context";
import { withSyncLock } from "./sync-lock";
import { RejectedEdit } from "./write-record-fields";

export function removeRecord(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: RecordKind,
  id: string,
  options: SyncOptions = {},
): Promise<void> {
  return withSyncLock(db, async () => {
    const { at } = syncContext(options);
    if ((await createRecordRepository(db, kind).get(id)) === undefined) {
      throw new RejectedEdit(`${id} is no longer in CellCRM`);
    }
    const located = await port.locateRecords(kind, [id]);
    const row = located.rows.get(id);
    if (row !== undefined) await port.deleteRow(kind, row);
    await applySyncBatch(db, {
      at,
      records: { [kind]: { tombstone: [id] } },
      snapshots: { [kind]: { remove: [id] } },
    });
  });
}
