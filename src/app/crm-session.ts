// One CRM session per runtime: opens the workbook's store (with copy detection and a full sync
// on open), keeps it current from worksheet events, and serialises on-demand syncs so the
// ribbon's "Sync now" and the pane's button never run two full syncs at once. Every sync reads
// the stages and header fixes saved in the workbook's settings, current at the time it runs.
import { createOfficeWorkbookPort } from "../excel/office-workbook-port";
import type { WorkbookPort } from "../excel/workbook-port";
import type { CrmSettings } from "../excel/workbook-settings";
import type { CrmDatabase } from "../store";
import {
  type FullSyncOptions,
  type FullSyncReport,
  type LiveSync,
  type SyncOptions,
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
  /** The workbook's settings as this session uses them. */
  settings(): CrmSettings;
  /** Saves settings in the workbook; syncs from now on use them. */
  saveSettings(settings: CrmSettings): Promise<void>;
  /** Stages and header fixes for a sync or edit started now. */
  syncOptions(): SyncOptions;
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
  let settings = await port.readSettings();
  const opened = await openWorkbookStore(port, currentOf(settings));
  const { db } = opened;
  setActiveDatabase(db);
  const live: LiveSync = await startLiveSync(port, db, {
    // getters: the live sync keeps this object, and must see settings saved later
    get stages() {
      return settings.stages;
    },
    get headerMaps() {
      return settings.headerMaps;
    },
    onError: options.onLiveSyncError,
  });
  let last = opened.sync;
  let running: Promise<FullSyncReport> | undefined;
  const syncNow: CrmSession["syncNow"] = (extra = {}) => {
    running ??= fullSync(port, db, { ...extra, ...currentOf(settings) })
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
    settings: () => settings,
    async saveSettings(next) {
      await port.writeSettings(next);
      settings = await port.readSettings();
      await port.setStageList(settings.stages, settings.headerMaps.deals);
    },
    syncOptions: () => currentOf(settings),
    idle: () => live.idle(),
    async close() {
      await live.stop();
      // a newer session may already own the active store (workbench reopening a workbook)
      if (getActiveDatabase() === db) setActiveDatabase(undefined);
      db.close();
    },
  };
}

function currentOf(settings: CrmSettings): SyncOptions {
  return { stages: settings.stages, headerMaps: settings.headerMaps };
}
