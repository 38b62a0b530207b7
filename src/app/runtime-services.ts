// The task pane's services over the runtime: reads and watches run on the open store — at once
// when it was synced before, while the session's full sync reconciles it — and everything that
// writes waits for the open session (starting it if needed).
import { writeDashboardSheet } from "../excel/dashboard-sheet";
import { officeThemeWatcher } from "../excel/office-theme";
import { listMappingSources, readSheetPreview } from "../excel/sheet-listing";
import { goToDealRow, watchAnalyticsInputs, watchCustomers } from "./analytics-services";
import { importLeads } from "./lead-import";
import { findOrphanedRecords, resolveOrphanedTable } from "./orphan-actions";
import { readWorkbookOverview } from "../excel/workbook-overview";
import { type CrmDatabase, createCustomerRepository, isKeptOnDevice } from "../store";
import type { TaskpaneServices } from "../taskpane/services";
import type { CrmSession } from "./crm-session";
import * as edits from "./customer-edit-services";
import { goToCustomerRow, searchCustomers, watchCustomerView } from "./customer-services";
import { readDashboardInputs } from "./dashboard-services";
import { exportForCrm } from "./export-services";
import * as pipeline from "./pipeline-services";
import * as roi from "./roi-services";
import type { RuntimeCore } from "./runtime";
import * as setup from "./setup-services";
import { plainError } from "./plain-error";
import * as center from "./sync-center-services";
import { watchSyncStatus } from "./sync-status";
import { readWorkbookCurrency } from "../excel/workbook-currency";

/** Runs `action` with the open session (starting it if needed). */
function withSession<A extends unknown[], R>(
  runtime: RuntimeCore,
  action: (s: CrmSession, ...args: A) => Promise<R>,
) {
  return async (...args: A): Promise<R> => {
    try {
      return await action(await runtime.session(), ...args);
    } catch (error) {
      throw plainError(error);
    }
  };
}

/**
 * Runs a read with the open store — one synced before is there at once, before the session's
 * full sync ends; a first open waits for it.
 */
function withStore<A extends unknown[], R>(
  runtime: RuntimeCore,
  action: (db: CrmDatabase, ...args: A) => Promise<R>,
) {
  return async (...args: A): Promise<R> => {
    try {
      return await action(await storeOf(runtime), ...args);
    } catch (error) {
      throw plainError(error);
    }
  };
}

function storeOf(runtime: RuntimeCore): Promise<CrmDatabase> {
  let unfollow = () => {};
  const held = new Promise<CrmDatabase>((resolve) => {
    unfollow = runtime.followStore((db) => db && resolve(db));
  });
  return Promise.race([held, runtime.session().then((s) => s.db)]).finally(() => unfollow());
}

/** Starts a watch on the open store as soon as there is one, again on each new one. */
function whenStore(
  runtime: RuntimeCore,
  start: (db: CrmDatabase, onError: (e: unknown) => void) => () => void,
  onRawError: (e: unknown) => void,
) {
  const onError = (error: unknown) => onRawError(plainError(error));
  let stop: (() => void) | undefined;
  const unfollow = runtime.followStore((db) => {
    stop?.();
    stop = db ? start(db, onError) : undefined;
  });
  runtime.session().catch((error: unknown) => {
    if (!stop && (error as { name?: unknown } | null)?.name !== "AbortError") onError(error);
  });
  return () => {
    unfollow();
    stop?.();
  };
}

/** A service that calls Excel directly: its failures reach the pane as plain sentences too. */
function plain<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R> =>
    action(...args).catch((error: unknown) => {
      throw plainError(error);
    });
}

/**
 * Starts a watch once the session is open — also when a first open failed or was cancelled and a
 * later Sync now opens it; the returned stop works before or after that.
 */
function whenSession(
  runtime: RuntimeCore,
  start: (s: CrmSession, onError: (e: unknown) => void) => () => void,
  onRawError: (e: unknown) => void,
) {
  const onError = (error: unknown) => onRawError(plainError(error));
  let stop: (() => void) | undefined;
  let stopped = false;
  const unfollow = runtime.followSession((s) => {
    if (s && !stop && !stopped) stop = start(s, onError);
  });
  runtime.session().catch((error: unknown) => {
    // a cancelled open is the user's choice, and the sync card already says so
    if (!stop && (error as { name?: unknown } | null)?.name !== "AbortError") onError(error);
  });
  return () => {
    stopped = true;
    unfollow();
    stop?.();
  };
}

type Slice<K extends keyof TaskpaneServices> = Pick<TaskpaneServices, K>;

function syncServices(
  rt: RuntimeCore,
): Slice<
  | "readWorkbookOverview"
  | "syncNow"
  | "cancelSync"
  | "catchUp"
  | "watchSyncRun"
  | "watchSyncStatus"
  | "watchIssues"
  | "watchConflicts"
  | "resolveConflict"
  | "goToCell"
> {
  return {
    readWorkbookOverview: plain(readWorkbookOverview),
    syncNow: () => rt.syncNow("pane"),
    cancelSync: () => rt.runner.cancel(),
    catchUp: () => rt.catchUp(),
    watchSyncRun: (listener) => rt.runner.watch(listener),
    watchSyncStatus: (listener, onError) =>
      whenStore(
        rt,
        (db, onError) =>
          watchSyncStatus(
            db,
            (status) => listener({ ...status, kept: isKeptOnDevice(db) }),
            onError,
          ),
        onError,
      ),
    watchIssues: (listener, onError) =>
      whenStore(rt, (db, onError) => center.watchIssues(db, listener, onError), onError),
    watchConflicts: (listener, onError) =>
      whenStore(rt, (db, onError) => center.watchConflicts(db, listener, onError), onError),
    resolveConflict: withSession(rt, center.keepConflictSide),
    goToCell: withSession(rt, (s, address: string) => s.port.selectCell(address)),
  };
}

function customerServices(
  rt: RuntimeCore,
): Slice<
  | "searchCustomers"
  | "findCustomersByEmail"
  | "watchCustomerView"
  | "goToCustomer"
  | "addCustomer"
  | "editCustomer"
  | "logActivity"
  | "findDuplicates"
  | "mergeCustomers"
> {
  return {
    searchCustomers: withStore(rt, (db, query: string) => searchCustomers(db, query)),
    findCustomersByEmail: withStore(rt, (db, email: string) =>
      createCustomerRepository(db).findByEmail(email),
    ),
    watchCustomerView: (id, listener, onError) =>
      whenStore(rt, (db, onError) => watchCustomerView(db, id, listener, onError), onError),
    goToCustomer: withSession(rt, goToCustomerRow),
    addCustomer: withSession(rt, edits.addCustomer),
    editCustomer: withSession(rt, edits.editCustomer),
    logActivity: withSession(rt, edits.logActivity),
    findDuplicates: withSession(rt, edits.findDuplicates),
    mergeCustomers: withSession(rt, edits.mergeDuplicate),
  };
}

function pipelineServices(
  rt: RuntimeCore,
): Slice<"watchDeals" | "moveDeal" | "watchDealChanges" | "markChangesSeen"> {
  return {
    watchDeals: (listener, onError) =>
      whenStore(rt, (db, onError) => pipeline.watchDeals(db, listener, onError), onError),
    moveDeal: withSession(rt, pipeline.moveDeal),
    watchDealChanges: (listener, onError) =>
      whenSession(rt, (s, onError) => pipeline.watchDealChanges(s, listener, onError), onError),
    markChangesSeen: withSession(rt, pipeline.markChangesSeen),
  };
}

function workspaceServices(
  rt: RuntimeCore,
): Slice<
  | "watchCostItems"
  | "addCostItem"
  | "editCostItem"
  | "removeCostItem"
  | "writeBusinessCaseSheet"
  | "readDashboardInputs"
  | "writeDashboardSheet"
> {
  return {
    watchCostItems: (listener, onError) =>
      whenStore(rt, (db, onError) => roi.watchCostItems(db, listener, onError), onError),
    addCostItem: withSession(rt, roi.addCostItem),
    editCostItem: withSession(rt, roi.editCostItem),
    removeCostItem: withSession(rt, roi.removeCostItem),
    writeBusinessCaseSheet: withSession(rt, roi.writeBusinessCase),
    readDashboardInputs: withStore(rt, (db) => readDashboardInputs(db)),
    writeDashboardSheet: plain((blocks) => writeDashboardSheet(blocks)),
  };
}

function setupServices(
  rt: RuntimeCore,
): Slice<
  | "readSettings"
  | "watchSettings"
  | "saveSettings"
  | "createCrmTables"
  | "listMappingSources"
  | "readSheetPreview"
  | "applySheetMapping"
  | "importLeads"
  | "loadSampleData"
> {
  return {
    readSettings: withSession(rt, async (s) => s.settings()),
    watchSettings: (listener) => rt.followSettings(listener),
    saveSettings: withSession(rt, setup.saveSettings),
    createCrmTables: withSession(rt, setup.createCrmTables),
    listMappingSources: plain(() => listMappingSources()),
    readSheetPreview: plain((source) => readSheetPreview(source)),
    applySheetMapping: withSession(rt, setup.applySheetMapping),
    importLeads: withSession(rt, (s, request) => importLeads(s, request)),
    loadSampleData: withSession(rt, setup.loadSample),
  };
}

function orphanServices(rt: RuntimeCore): Slice<"findOrphanedTables" | "resolveOrphanedTable"> {
  return {
    findOrphanedTables: withSession(rt, (s) => findOrphanedRecords(s.port, s.db)),
    resolveOrphanedTable: withSession(rt, resolveOrphanedTable),
  };
}

function analyticsServices(
  rt: RuntimeCore,
): Slice<"watchAnalyticsInputs" | "watchCustomers" | "goToDeal"> {
  return {
    watchAnalyticsInputs: (listener, onError) =>
      whenStore(rt, (db, onError) => watchAnalyticsInputs(db, listener, onError), onError),
    watchCustomers: (listener, onError) =>
      whenStore(rt, (db, onError) => watchCustomers(db, listener, onError), onError),
    goToDeal: withSession(rt, goToDealRow),
  };
}

function exportServices(rt: RuntimeCore): Slice<"exportForCrm"> {
  return { exportForCrm: withSession(rt, exportForCrm) };
}

export function createRuntimeServices(rt: RuntimeCore): TaskpaneServices {
  const watchOfficeTheme = officeThemeWatcher();
  return {
    ...syncServices(rt),
    ...customerServices(rt),
    ...pipelineServices(rt),
    ...workspaceServices(rt),
    ...setupServices(rt),
    ...exportServices(rt),
    ...orphanServices(rt),
    ...analyticsServices(rt),
    readCurrency: plain(() => readWorkbookCurrency()),
    ...(watchOfficeTheme ? { watchOfficeTheme } : {}),
  };
}
