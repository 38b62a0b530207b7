// One database per workbook, named cellcrm-<workbookId> (DESIGN.md §2); the id lives in the
// workbook's document settings. Copied workbooks carry the same id: see workbook-identity.ts.

import Dexie, { type DexieOptions } from "dexie";
import { CrmDatabase } from "./crm-database";
import { WORKBOOK_ID_KEY } from "./sync-state-keys";

const WORKBOOK_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function databaseNameFor(workbookId: string): string {
  if (!WORKBOOK_ID.test(workbookId)) {
    throw new Error(`Workbook id "${workbookId}" must be 1–100 letters, digits, "-" or "_"`);
  }
  return `cellcrm-${workbookId}`;
}

/** Opens (creating or upgrading) the workbook's database and records its id in syncState. */
export async function openWorkbookDatabase(
  workbookId: string,
  options?: DexieOptions,
): Promise<CrmDatabase> {
  const db = new CrmDatabase(databaseNameFor(workbookId), options);
  await db.loaded();
  await db.transaction("rw", db.syncState, async () => {
    const known = await db.syncState.get(WORKBOOK_ID_KEY);
    if (known === undefined) await db.syncState.put({ key: WORKBOOK_ID_KEY, value: workbookId });
  });
  return db;
}

/** Deletes a workbook's whole store (e.g. "reset local data"); the workbook keeps everything. */
export async function deleteWorkbookDatabase(workbookId: string): Promise<void> {
  await Dexie.delete(databaseNameFor(workbookId));
}
