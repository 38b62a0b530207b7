// Opens the store of the open workbook (DESIGN.md §2): the id in the document settings names the
// database. A copied workbook carries the original's id; when the store recorded another file
// for that id, the copy gets a fresh id and store, filled by a full sync from its sheets. A store
// synced before is handed out at once (onStoreReady) while the full sync reconciles it.

import type { WorkbookPort } from "../excel/workbook-port";
import {
  type CrmDatabase,
  checkWorkbookIdentity,
  createSyncStateRepository,
  getWorkbookIdentity,
  openKeptOrInMemory,
  setWorkbookIdentity,
} from "../store";
import { type FullSyncOptions, type FullSyncReport, fullSync } from "./full-sync";

export interface OpenStoreOptions extends FullSyncOptions {
  readonly open?: (workbookId: string) => Promise<CrmDatabase>;
  readonly mintWorkbookId?: () => string;
  /**
   * Called before the full sync when the store already holds an earlier sync's records, so the
   * pane and the live functions can serve them while the workbook is read again.
   */
  readonly onStoreReady?: (db: CrmDatabase) => void;
}

export interface OpenedStore {
  readonly db: CrmDatabase;
  readonly workbookId: string;
  /** True when the workbook turned out to be a copy and got a fresh id. */
  readonly copied: boolean;
  /** False when the browser refused storage and the store lives in memory for this session. */
  readonly kept: boolean;
  readonly sync: FullSyncReport;
}

export async function openWorkbookStore(
  port: WorkbookPort,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> {
  let kept = true;
  const open =
    options.open ??
    (async (id: string) => {
      const opened = await openKeptOrInMemory(id);
      kept = opened.kept;
      return opened.db;
    });
  const mint = options.mintWorkbookId ?? mintWorkbookId;
  const fileUrl = port.getFileUrl();
  let workbookId = await port.getWorkbookId();
  if (workbookId === undefined) {
    workbookId = mint();
    await port.setWorkbookId(workbookId);
  }
  let db = await open(workbookId);
  const check = checkWorkbookIdentity(await getWorkbookIdentity(db), { workbookId, fileUrl });
  const copied = check === "copied";
  if (copied) {
    db.close();
    workbookId = mint();
    await port.setWorkbookId(workbookId);
    db = await open(workbookId);
  }
  if (check !== "same") {
    const recordedAt = (options.now ?? Date.now)();
    await setWorkbookIdentity(db, { workbookId, ...(fileUrl ? { fileUrl } : {}), recordedAt });
  }
  if (options.onStoreReady && (await createSyncStateRepository(db).lastFullSync()) !== undefined) {
    db.records.search.warm();
    options.onStoreReady(db);
    // reading and parsing the sheets holds the page (in Excel on the web as in the workbench):
    // first let the pane answer from what is stored and draw it, then reconcile
    await db.records.search.whenReady();
    await new Promise((resolve) => setTimeout(resolve, RECONCILE_AFTER_MS));
    await pageIdle();
  }
  return { db, workbookId, copied, kept, sync: await fullSync(port, db, options) };
}

/** How long a reopen shows the stored records before reading the sheets again. */
const RECONCILE_AFTER_MS = 750;

/** The next idle moment of the page (at most a second away), or the next task without one. */
function pageIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function")
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

function mintWorkbookId(): string {
  return `wb-${crypto.randomUUID()}`;
}
