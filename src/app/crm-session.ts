// One CRM session per runtime: opens the workbook's store (with copy detection and a full sync
// on open), keeps it current from worksheet events, and serialises on-demand syncs so the
// ribbon's "Sync now" and the pane's button never run two full syncs at once.
import { createOfficeWorkbookPort } from "../excel/office-workbook-port";
import type { WorkbookPort } from "../excel/workbook-port";
import type { CrmDatabase } from "../store";
import {
  type FullSyncOptions,
  type FullSyncReport,
  type LiveSync,
  fullSync,
  openWorkbookStore,
  startLiveSync,
} from "../sync";
import { getActiveDatabase, setActiveDatabase } from "./active-database";

export interface CrmSession {
  readonly port: WorkbookPort;
  readonly db: CrmDatabase;
  readonly workbookId: string;
  /** The report of the last completed full sync (the one on open, at first). */
  lastSync(): FullSyncReport;
  syncNow(options?: Pick<FullSyncOptions, "onProgress" | "signal">): Promise<FullSyncReport>;
  /** Resolves when incremental syncs from worksheet edits have settled (tests, benchmarks). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly port?: WorkbookPort;
  readonly onLiveSyncError?: (error: unknown) => void;
}

export async function startCrmSession(options: SessionOptions = {}): Promise<CrmSession> {
  const port = options.port ?? createOfficeWorkbookPort();
  const opened = await openWorkbookStore(port);
  const { db } = opened;
  setActiveDatabase(db);
  const live: LiveSync = await startLiveSync(port, db, { onError: options.onLiveSyncError });
  let last = opened.sync;
  let running: Promise<FullSyncReport> | undefined;
  const syncNow: CrmSession["syncNow"] = (syncOptions = {}) => {
    running ??= fullSync(port, db, syncOptions)
      .then((report) => (last = report))
      .finally(() => (running = undefined));
    return running;
  };
  return {
    port,
    db,
    workbookId: opened.workbookId,
    lastSync: () => last,
    syncNow,
    idle: () => live.idle(),
    async close() {
      await live.stop();
      // a newer session may already own the active store (workbench reopening a workbook)
      if (getActiveDatabase() === db) setActiveDatabase(undefined);
      db.close();
    },
  };
}
