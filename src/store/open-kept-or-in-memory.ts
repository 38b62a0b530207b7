// Where the browser refuses the add-in's IndexedDB (Safari's blocked storage, a partitioned or
// private frame), the store lives in memory for this session instead: the pane still opens and
// syncs from the workbook, which keeps everything; only what the store alone knows (field
// history, stage moves, snapshots, "last looked") starts afresh next time. The caller says so.
import type { DexieOptions } from "dexie";
import type { CrmDatabase } from "./crm-database";
import { openWorkbookDatabase } from "./open-workbook-database";

export interface OpenedDatabase {
  readonly db: CrmDatabase;
  /** False when the browser would not keep the store and it lives in memory for this session. */
  readonly kept: boolean;
}

/** DOMException / Dexie error names that mean "this browser will not give us storage". */
const UNAVAILABLE = new Set([
  "SecurityError",
  "InvalidStateError",
  "UnknownError",
  "NotAllowedError",
  "QuotaExceededError",
  "MissingAPIError",
]);

export function isStorageUnavailable(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown } | null; e;) {
    if (typeof e.name === "string" && UNAVAILABLE.has(e.name)) return true;
    e = (e.inner ?? null) as typeof e;
  }
  return false;
}

export async function openKeptOrInMemory(
  workbookId: string,
  options?: DexieOptions,
): Promise<OpenedDatabase> {
  try {
    return { db: await openWorkbookDatabase(workbookId, options), kept: true };
  } catch (error) {
    if (!isStorageUnavailable(error)) throw error;
  }
  // loaded only when needed: most hosts keep the store
  const { IDBFactory, IDBKeyRange } = await import("fake-indexeddb");
  const memory = { indexedDB: new IDBFactory(), IDBKeyRange };
  const db = await openWorkbookDatabase(workbookId, { ...options, ...memory });
  inMemory.add(db);
  return { db, kept: false };
}

const inMemory = new WeakSet<CrmDatabase>();

/** False for a store that lives in memory for this session because the browser refused one. */
export function isKeptOnDevice(db: CrmDatabase): boolean {
  return !inMemory.has(db);
}
