// TaskpaneServices for component tests: every service answers "nothing here" unless a test
// overrides it, so each test states only what it is about.
import type { TaskpaneServices } from "../../../src/taskpane/services";

export function fakeServices(overrides: Partial<TaskpaneServices> = {}): TaskpaneServices {
  return {
    readWorkbookOverview: () => Promise.resolve({ sheets: [], tables: [] }),
    syncNow: () => Promise.resolve(),
    watchSyncStatus: () => () => {},
    searchCustomers: () => Promise.resolve([]),
    watchCustomerView: () => () => {},
    goToCustomer: () => Promise.resolve(),
    watchDeals: () => () => {},
    moveDeal: () => Promise.resolve(),
    ...overrides,
  };
}
