// Pane edits (DESIGN.md §4): the workbook first, then the store, with history source "pane".
// If the cells cannot be written (the workbook is unreachable), the edit is still kept in the
// store with the previous record as its merge base, so the next sync merges it into the sheet
// or raises a conflict — nothing typed in the pane is lost. The same holds when a co-author
// changed those cells since the last sync: nothing is overwritten, and the row's sync at once
// turns each field both changed into a conflict (both values kept until the user chooses).

import {
  type CrmRecord,
  type RecordKind,
  type RecordOf,
  customFieldKey,
  diffRecords,
  flattenCustomFields,
  nestCustomFields,
  sameValue,
  schemaFor,
} from "../domain/records";
import type { WorkbookPort } from "../excel/workbook-port";
import { type CrmDatabase, applySyncBatch } from "../store";
import { loadStoreRecords } from "./load-store-records";
import { historyEntry, stageMoves } from "./reconcile-record";
import { type SyncOptions, syncContext } from "./sync-context";
import { withSyncLock } from "./sync-lock";
import { syncRows } from "./sync-rows";
import { ChangedInSheet, RejectedEdit, planFieldWrites } from "./write-record-fields";

export interface EditResult {
  readonly sheetWritten: boolean;
  /** Why the workbook was not written; the edit waits in the store for the next sync. */
  readonly error?: unknown;
}

export type RecordPatch<K extends RecordKind> = Partial<Omit<RecordOf<K>, "id">>;

export function editRecord<K extends RecordKind>(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: K,
  id: string,
  patch: RecordPatch<K>,
  options: SyncOptions = {},
): Promise<EditResult> {
  return withSyncLock(db, () => applyEdit(port, db, kind, id, patch, options)).then(
    async (result) => {
      if (result.error instanceof ChangedInSheet) {
        await syncRows(port, db, kind, [result.error.row], options);
      }
      return result;
    },
  );
}

async function applyEdit(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: RecordKind,
  id: string,
  patch: object,
  options: SyncOptions,
): Promise<EditResult> {
  const { at, headerMaps } = syncContext(options);
  const { stored, bases } = await loadStoreRecords(db, kind, [id]);
  const current = stored.get(id);
  if (current === undefined) throw new RejectedEdit(`No ${schemaFor(kind).noun} ${id}`);
  const next = patched(current, patch);
  const changes = diffRecords(current, next);
  if (changes.length === 0) return { sheetWritten: true };
  let error: unknown;
  const fields = changes.map((c) => c.field);
  await planFieldWrites(port, kind, next, fields, headerMaps, current)
    .then((updates) => port.writeCells(kind, updates))
    .catch((e: unknown) => {
      if (e instanceof RejectedEdit) throw e;
      error = e ?? "write failed";
    });
  const pending = error !== undefined;
  const hasBase = !sameValue(bases.get(id), current);
  await applySyncBatch(db, {
    at,
    records: { [kind]: { put: [next] } },
    history: changes.map((c) => historyEntry(kind, id, c, at, "pane")),
    stageTransitions: stageMoves(kind, current, next, at),
    // the oldest unconfirmed base stays: it is what the sheet last showed
    ...(pending && !hasBase ? { snapshots: { [kind]: { put: [current] } } } : {}),
  });
  return pending ? { sheetWritten: false, error } : { sheetWritten: true };
}

/**
 * The record with the patch applied; undefined in the patch clears a field. A patch's `extra`
 * replaces all custom fields; "extra.City" changes one.
 */
export function patched(record: CrmRecord, patch: object): CrmRecord {
  const next: Record<string, unknown> = { ...flattenCustomFields(record) };
  if ("extra" in patch) {
    for (const field of Object.keys(next))
      if (customFieldKey(field) !== undefined) delete next[field];
  }
  for (const [field, value] of Object.entries(flattenCustomFields(patch))) {
    if (field === "id") continue;
    if (value === undefined || value === "") delete next[field];
    else next[field] = value;
  }
  return nestCustomFields<CrmRecord>(next);
}
