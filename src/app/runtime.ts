// Composition root: one CRM session per JavaScript runtime, shared by the task pane, the ribbon's
// "Sync now" and the store-backed custom functions (SharedRuntime). The workbench restarts it
// when it opens another workbook, as Excel gives each workbook its own runtime.
import { setSyncNowHandler } from "../commands/sync-now";
import { readWorkbookOverview } from "../excel/workbook-overview";
import type { TaskpaneServices } from "../taskpane/services";
import { type CrmSession, startCrmSession } from "./crm-session";
import { goToCustomerRow, searchCustomers, watchCustomerView } from "./customer-services";
import { moveDeal, watchDeals } from "./pipeline-services";
import { watchSyncStatus } from "./sync-status";

let session: Promise<CrmSession> | undefined;

export function getCrmSession(): Promise<CrmSession> {
  if (!session) {
    session = startCrmSession();
    // a failed start (no Excel, workbook busy) must be retryable, not cached forever
    session.catch(() => (session = undefined));
    setSyncNowHandler(async () => {
      await (await getCrmSession()).syncNow();
    });
  }
  return session;
}

export async function restartCrmSession(): Promise<CrmSession> {
  const previous = session;
  session = undefined;
  await previous?.then((s) => s.close()).catch(() => undefined);
  return getCrmSession();
}

export function getRuntimeServices(): TaskpaneServices {
  return {
    readWorkbookOverview,
    syncNow: async (options) => (await getCrmSession()).syncNow(options),
    watchSyncStatus: (listener, onError) =>
      whenSession((s) => watchSyncStatus(s.db, listener, onError), onError),
    searchCustomers: async (query) => searchCustomers((await getCrmSession()).db, query),
    watchCustomerView: (id, listener, onError) =>
      whenSession((s) => watchCustomerView(s.db, id, listener, onError), onError),
    goToCustomer: async (id) => goToCustomerRow(await getCrmSession(), id),
    watchDeals: (listener, onError) =>
      whenSession((s) => watchDeals(s.db, listener, onError), onError),
    moveDeal: async (id, stage) => moveDeal(await getCrmSession(), id, stage),
  };
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
