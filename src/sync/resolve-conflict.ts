// Resolving a merge conflict: the chosen value goes to the sheet, then the store (history source
// "pane"), and the conflict is marked resolved with the value kept — never deleted.

import { type RecordKind, diffRecords } from "../domain/records";
import type { WorkbookPort } from "../excel/workbook-port";
import { type CrmDatabase, applySyncBatch, createConflictRepository } from "../store";
import { patched } from "./edit-record";
import { loadStoreRecords } from "./load-store-records";
import { historyEntry, stageMoves } from "./reconcile-record";
import { type SyncOptions, syncContext } from "./sync-context";
import { withSyncLock } from "./sync-lock";
import { RejectedEdit, planFieldWrites } from "./write-record-fields";

export type ConflictChoice = "sheet" | "pane";

export function resolveConflict(
  port: WorkbookPort,
  db: CrmDatabase,
  conflictId: number,
  choice: ConflictChoice,
  options: SyncOptions = {},
): Promise<void> {
  return withSyncLock(db, () => applyChoice(port, db, conflictId, choice, options));
}

async function applyChoice(
  port: WorkbookPort,
  db: CrmDatabase,
  conflictId: number,
  choice: ConflictChoice,
  options: SyncOptions,
): Promise<void> {
  const { at, headerMaps } = syncContext(options);
  const conflict = await db.conflicts.get(conflictId);
  if (conflict === undefined) throw new RejectedEdit(`No conflict ${conflictId}`);
  if (conflict.resolvedAt !== undefined) return;
  const value = choice === "pane" ? conflict.pane : conflict.sheet;
  const kind: RecordKind = conflict.table;
  const { stored } = await loadStoreRecords(db, kind, [conflict.recordId]);
  const current = stored.get(conflict.recordId);
  if (current !== undefined) {
    const next = patched(current, { [conflict.field]: value });
    const changes = diffRecords(current, next);
    if (changes.length > 0) {
      await port.writeCells(
        kind,
        await planFieldWrites(port, kind, next, [conflict.field], headerMaps),
      );
      await applySyncBatch(db, {
        at,
        records: { [kind]: { put: [next] } },
        history: changes.map((c) => historyEntry(kind, current.id, c, at, "pane")),
        stageTransitions: stageMoves(kind, current, next, at),
      });
    }
  }
  await createConflictRepository(db).resolve(conflictId, value, at);
}
