// Composition root: one CRM session per JavaScript runtime, shared by the task pane, the ribbon's
// "Sync now" and the store-backed custom functions (SharedRuntime). The workbench restarts it
// when it opens another workbook, as Excel gives each workbook its own runtime.
import { setSyncNowHandler } from "../commands/sync-now";
import { writeDashboardSheet } from "../excel/dashboard-sheet";
import { officeThemeWatcher } from "../excel/office-theme";
import { listMappingSources, readSheetPreview } from "../excel/sheet-listing";
import { readWorkbookOverview } from "../excel/workbook-overview";
import { createCustomerRepository } from "../store";
import type { TaskpaneServices } from "../taskpane/services";
import { type CrmSession, startCrmSession } from "./crm-session";
import * as edits from "./customer-edit-services";
import { goToCustomerRow, searchCustomers, watchCustomerView } from "./customer-services";
import { readDashboardInputs } from "./dashboard-services";
import * as pipeline from "./pipeline-services";
import * as roi from "./roi-services";
import * as setup from "./setup-services";
import * as center from "./sync-center-services";
import { watchSyncStatus } from "./sync-status";

let session: Promise<CrmSession> | undefined;

export function getCrmSession(): Promise<CrmSession> {
  if (!session) {
    session = startCrmSession();
    // a failed start (no Excel, workbook busy) must be retryable, not cached forever
    session.catch(() => (session = undefined));
  }
  return session;
}

// The ribbon's "Sync now" works from the moment this runtime loads, pane open or not.
setSyncNowHandler(async () => {
  await (await getCrmSession()).syncNow();
});

export async function restartCrmSession(): Promise<CrmSession> {
  const previous = session;
  session = undefined;
  await previous?.then((s) => s.close()).catch(() => undefined);
  return getCrmSession();
}

/** Runs `action` with the open session (starting it if needed). */
function withSession<A extends unknown[], R>(action: (s: CrmSession, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => action(await getCrmSession(), ...args);
}

/** Starts a watch once the session is open; the returned stop works before or after that. */
function whenSession(start: (s: CrmSession) => () => void, onError: (e: unknown) => void) {
  let stop: (() => void) | undefined;
  let stopped = false;
  getCrmSession().then((s) => {
    if (!stopped) stop = start(s);
  }, onError);
  return () => {
    stopped = true;
    stop?.();
  };
}

type Slice<K extends keyof TaskpaneServices> = Pick<TaskpaneServices, K>;

function syncServices(): Slice<
  | "readWorkbookOverview"
  | "syncNow"
  | "watchSyncStatus"
  | "watchIssues"
  | "watchConflicts"
  | "resolveConflict"
  | "goToCell"
> {
  return {
    readWorkbookOverview,
    syncNow: async (options) => (await getCrmSession()).syncNow(options),
    watchSyncStatus: (listener, onError) =>
      whenSession((s) => watchSyncStatus(s.db, listener, onError), onError),
    watchIssues: (listener, onError) =>
      whenSession((s) => center.watchIssues(s.db, listener, onError), onError),
    watchConflicts: (listener, onError) =>
      whenSession((s) => center.watchConflicts(s.db, listener, onError), onError),
    resolveConflict: withSession(center.keepConflictSide),
    goToCell: withSession((s, address: string) => s.port.selectCell(address)),
  };
}

function customerServices(): Slice<
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
    searchCustomers: withSession((s, query: string) => searchCustomers(s.db, query)),
    findCustomersByEmail: withSession((s, email: string) =>
      createCustomerRepository(s.db).findByEmail(email),
    ),
    watchCustomerView: (id, listener, onError) =>
      whenSession((s) => watchCustomerView(s.db, id, listener, onError), onError),
    goToCustomer: withSession(goToCustomerRow),
    addCustomer: withSession(edits.addCustomer),
    editCustomer: withSession(edits.editCustomer),
    logActivity: withSession(edits.logActivity),
    findDuplicates: withSession(edits.findDuplicates),
    mergeCustomers: withSession(edits.mergeDuplicate),
  };
}

function pipelineServices(): Slice<
  "watchDeals" | "moveDeal" | "watchDealChanges" | "markChangesSeen"
> {
  return {
    watchDeals: (listener, onError) =>
      whenSession((s) => pipeline.watchDeals(s.db, listener, onError), onError),
    moveDeal: withSession(pipeline.moveDeal),
    watchDealChanges: (listener, onError) =>
      whenSession((s) => pipeline.watchDealChanges(s, listener, onError), onError),
    markChangesSeen: withSession(pipeline.markChangesSeen),
  };
}

function workspaceServices(): Slice<
  | "watchCostItems"
  | "addCostItem"
  | "editCostItem"
  | "writeBusinessCaseSheet"
  | "readDashboardInputs"
  | "writeDashboardSheet"
> {
  return {
    watchCostItems: (listener, onError) =>
      whenSession((s) => roi.watchCostItems(s.db, listener, onError), onError),
    addCostItem: withSession(roi.addCostItem),
    editCostItem: withSession(roi.editCostItem),
    writeBusinessCaseSheet: withSession(roi.writeBusinessCase),
    readDashboardInputs: withSession((s) => readDashboardInputs(s.db)),
    writeDashboardSheet: (blocks) => writeDashboardSheet(blocks),
  };
}

function setupServices(): Slice<
  | "readSettings"
  | "saveSettings"
  | "createCrmTables"
  | "listMappingSources"
  | "readSheetPreview"
  | "applySheetMapping"
  | "loadSampleData"
> {
  return {
    readSettings: withSession(async (s) => s.settings()),
    saveSettings: withSession(setup.saveSettings),
    createCrmTables: withSession(setup.createCrmTables),
    listMappingSources: () => listMappingSources(),
    readSheetPreview: (source) => readSheetPreview(source),
    applySheetMapping: withSession(setup.applySheetMapping),
    loadSampleData: withSession(setup.loadSample),
  };
}

export function getRuntimeServices(): TaskpaneServices {
  const watchOfficeTheme = officeThemeWatcher();
  return {
    ...syncServices(),
    ...customerServices(),
    ...pipelineServices(),
    ...workspaceServices(),
    ...setupServices(),
    ...(watchOfficeTheme ? { watchOfficeTheme } : {}),
  };
}
