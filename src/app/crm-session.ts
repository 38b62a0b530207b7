// One CRM session per runtime: opens the workbook's store (with copy detection and a full sync
// on open) and keeps it current from worksheet events. Every sync reads the stages and header
// fixes saved in the workbook's settings, current at the time it runs — also when a co-author
// saves them (onSettingsChanged); the runtime's sync runner makes sure two full syncs never run
// at once.
import { createOfficeWorkbookPort } from "../excel/office-workbook-port";
import type { WorkbookPort } from "../excel/workbook-port";
import type { CrmSettings } from "../excel/workbook-settings";
import type { CrmDatabase } from "../store";
import {
  type FullSyncOptions,
  type ReadPhaseOptions,
  type FullSyncReport,
  type LiveSync,
  type SyncOptions,
  fullSync,
  openWorkbookStore,
  startLiveSync,
} from "../sync";

export interface CrmSession {
  readonly port: WorkbookPort;
  readonly db: CrmDatabase;
  readonly workbookId: string;
  /** False when the browser would not keep the store: it lives in memory for this session. */
  readonly kept: boolean;
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
  /** Re-reads what Excel changed without telling (drop-down picks); after pending syncs. */
  catchUp(): Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions extends ReadPhaseOptions {
  readonly port?: WorkbookPort;
  /** The store, as soon as it holds an earlier sync's records (before this session's sync). */
  readonly onStoreReady?: (db: CrmDatabase) => void;
  readonly onLiveSyncError?: (error: unknown) => void;
  /** The settings changed (saved here or by a co-author); `previous` is what was used before. */
  readonly onSettingsChanged?: (settings: CrmSettings, previous: CrmSettings) => void;
}

export async function startCrmSession(options: SessionOptions = {}): Promise<CrmSession> {
  const port = options.port ?? createOfficeWorkbookPort();
  let settings = await port.readSettings();
  const opened = await openWorkbookStore(port, {
    ...currentOf(settings),
    onProgress: options.onProgress,
    signal: options.signal,
    onStoreReady: options.onStoreReady,
  });
  const { db } = opened;
  const live: LiveSync = await startLiveSync(port, db, {
    // getters: the live sync keeps this object, and must see settings saved later
    get stages() {
      return settings.stages;
    },
    get headerMaps() {
      return settings.headerMaps;
    },
    get dateOrders() {
      return settings.dateOrders;
    },
    get stageAliases() {
      return settings.stageAliases;
    },
    onError: options.onLiveSyncError,
  });
  const adopt = (next: CrmSettings) => {
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    const previous = settings;
    settings = next;
    options.onSettingsChanged?.(next, previous);
  };
  const unfollowSettings = await port.onSettingsChanged?.(() => {
    // an unreadable moment keeps what is in use; the next change or open reads again
    port.readSettings().then(adopt, () => undefined);
  });
  let last = opened.sync;
  const syncNow: CrmSession["syncNow"] = async (extra = {}) => {
    last = await fullSync(port, db, { ...extra, ...currentOf(settings) });
    return last;
  };
  return {
    port,
    db,
    workbookId: opened.workbookId,
    kept: opened.kept,
    lastSync: () => last,
    syncNow,
    settings: () => settings,
    async saveSettings(next) {
      await port.writeSettings(next);
      adopt(await port.readSettings());
      await port.setStageList(settings.stages, settings.headerMaps.deals);
    },
    syncOptions: () => currentOf(settings),
    idle: () => live.idle(),
    catchUp: () => live.catchUp(),
    async close() {
      await unfollowSettings?.().catch(() => undefined);
      await live.stop();
      db.close();
    },
  };
}

function currentOf(settings: CrmSettings): SyncOptions {
  return {
    stages: settings.stages,
    headerMaps: settings.headerMaps,
    dateOrders: settings.dateOrders,
    stageAliases: settings.stageAliases,
  };
}
