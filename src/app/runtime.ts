// Composition root: one CRM runtime per page (Excel's shared runtime), owning everything with
// state — the session and its store, and the one sync run the pane, the ribbon and the open
// share. The task pane, the ribbon commands and the live custom functions all get it from here.
// Settings a co-author saves reach all three: the functions recompute, the pane's views re-read,
// and a change to how sheets are read (stages, their words, header fixes, date orders) re-syncs.
import { createOfficeWorkbookPort } from "../excel/office-workbook-port";
import type { WorkbookPort } from "../excel/workbook-port";
import type { CrmSettings } from "../excel/workbook-settings";
import type { SyncSource, TaskpaneServices } from "../taskpane/services";
import { type CrmSession, startCrmSession } from "./crm-session";
import { createRuntimeServices } from "./runtime-services";
import type { CrmDatabase } from "../store";
import { createStoreHolder, type StoreListener } from "./store-holder";
import { plainError } from "./plain-error";
import { createSyncRunner, type SyncJobOptions, type SyncRunner } from "./sync-runner";

export interface CrmRuntime extends RuntimeCore {
  /** What the task pane is given when it is mounted. */
  readonly services: TaskpaneServices;
}

/** The runtime without its pane services, which are built over it. */
export interface RuntimeCore {
  readonly runner: SyncRunner;
  /** The open session, starting it (with its full sync, as `source`) the first time. */
  session(source?: SyncSource): Promise<CrmSession>;
  /** A full sync now; joins a running one. Resolves when it ends (the run state says how). */
  syncNow(source: SyncSource): Promise<void>;
  /** Re-reads what Excel changed without an event; nothing before the session is open. */
  catchUp(): void;
  /** The open session now and whenever it opens or closes (a failed open can succeed later). */
  followSession(listener: (session: CrmSession | undefined) => void): () => void;
  /** The open store now and on every change; the first follower starts the session. */
  followStore(listener: StoreListener): () => void;
  /** The session's settings whenever they change (saved here or by a co-author). */
  followSettings(listener: (settings: CrmSettings) => void): () => void;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  readonly port?: () => WorkbookPort;
}

export function createCrmRuntime(options: RuntimeOptions = {}): CrmRuntime {
  const makePort = options.port ?? (() => createOfficeWorkbookPort());
  const runner = createSyncRunner();
  const store = createStoreHolder();
  let opening: Promise<CrmSession> | undefined;
  let open: CrmSession | undefined;
  const sessionListeners = new Set<(session: CrmSession | undefined) => void>();
  const settingsListeners = new Set<(settings: CrmSettings) => void>();
  const settingsChanged = (next: CrmSettings, previous: CrmSettings) => {
    store.setSettings(next);
    for (const listener of [...settingsListeners]) listener(next);
    // deals in a stage a co-author removed become issues in the Sync view on this sync
    if (readsSheetsDifferently(next, previous)) void syncNow("open");
  };
  const setOpen = (session: CrmSession | undefined) => {
    open = session;
    for (const listener of [...sessionListeners]) listener(session);
  };

  async function start(source: SyncSource): Promise<CrmSession> {
    let started: CrmSession | undefined;
    await runner.run(source, async (sync) => {
      try {
        // a store synced before serves the pane and the functions while this sync reconciles it
        const onStoreReady = (db: CrmDatabase) => store.set(db);
        started = await startCrmSession({
          port: makePort(),
          ...sync,
          onStoreReady,
          onSettingsChanged: settingsChanged,
        });
      } catch (error) {
        throw plainError(error);
      }
      return started.lastSync();
    });
    // runs need an open session, and `opening` lets one open start: no other run can be going
    if (!started) throw new Error("CellCRM could not open this workbook's CRM. Choose Sync now.");
    setOpen(started);
    store.setSettings(started.settings());
    store.set(started.db);
    return started;
  }

  function session(source: SyncSource = "open"): Promise<CrmSession> {
    if (!opening) {
      opening = start(source);
      // a failed open (workbook busy, cancelled) must be retryable, not cached forever
      opening.catch(() => (opening = undefined));
    }
    return opening;
  }

  async function syncNow(source: SyncSource): Promise<void> {
    // before the session is open, opening it is the full sync that was asked for
    if (!open) return void (await session(source).catch(() => undefined));
    const current = open;
    const job = (sync: SyncJobOptions) =>
      current.syncNow(sync).catch((error: unknown) => {
        throw plainError(error);
      });
    await runner.run(source, job).catch(() => undefined);
  }

  const core: RuntimeCore = {
    runner,
    session,
    syncNow,
    catchUp: () => void open?.catchUp(),
    followSession(listener) {
      sessionListeners.add(listener);
      listener(open);
      return () => sessionListeners.delete(listener);
    },
    followStore(listener) {
      void session().catch(() => undefined);
      return store.follow(listener);
    },
    followSettings(listener) {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    async close() {
      const closing = opening;
      opening = undefined;
      setOpen(undefined);
      store.set(undefined);
      await closing?.then((s) => s.close()).catch(() => undefined);
    },
  };
  return { ...core, services: createRuntimeServices(core) };
}

/** Whether rows read now would parse differently (not so for targets or the user's name). */
function readsSheetsDifferently(next: CrmSettings, previous: CrmSettings): boolean {
  const reading = (s: CrmSettings) =>
    JSON.stringify([
      s.stages.map((stage) => stage.name),
      s.stageAliases,
      s.headerMaps,
      s.dateOrders,
    ]);
  return reading(next) !== reading(previous);
}

let shared: CrmRuntime | undefined;

/** This page's runtime (one module scope on the shipped page, so one runtime). */
export function getRuntime(): CrmRuntime {
  shared ??= createCrmRuntime();
  return shared;
}
