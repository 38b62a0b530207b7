// TaskpaneServices for component tests: every service answers "nothing here" unless a test
// overrides it, so each test states only what it is about.
import { DEFAULT_SETTINGS } from "../../../src/excel/workbook-settings";
import type { TaskpaneServices } from "../../../src/taskpane/services";

const none = () => () => {};

export function fakeServices(overrides: Partial<TaskpaneServices> = {}): TaskpaneServices {
  return {
    readWorkbookOverview: () => Promise.resolve({ sheets: [], tables: [] }),
    syncNow: () => Promise.resolve(),
    cancelSync: () => {},
    catchUp: () => {},
    watchSyncRun: (l) => (l({ kind: "idle" }), () => {}),
    watchSyncStatus: none,
    watchIssues: (l) => (l([]), () => {}),
    watchConflicts: (l) => (l([]), () => {}),
    resolveConflict: () => Promise.resolve(),
    goToCell: () => Promise.resolve(),
    searchCustomers: () => Promise.resolve([]),
    findCustomersByEmail: () => Promise.resolve([]),
    watchCustomerView: none,
    goToCustomer: () => Promise.resolve(),
    addCustomer: () => Promise.resolve("C-NEW"),
    editCustomer: () => Promise.resolve(),
    logActivity: () => Promise.resolve(),
    findDuplicates: () => Promise.resolve([]),
    mergeCustomers: () => Promise.resolve(),
    watchDeals: none,
    moveDeal: () => Promise.resolve(),
    watchDealChanges: (l) => (l({ changes: [] }), () => {}),
    markChangesSeen: () => Promise.resolve(),
    watchCostItems: none,
    addCostItem: () => Promise.resolve(),
    editCostItem: () => Promise.resolve(),
    removeCostItem: () => Promise.resolve(),
    writeBusinessCaseSheet: () => Promise.resolve(),
    readSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    saveSettings: () => Promise.resolve(),
    createCrmTables: () => Promise.resolve(),
    listMappingSources: () => Promise.resolve([]),
    readSheetPreview: () => Promise.reject(new Error("no preview in this test")),
    applySheetMapping: () => Promise.resolve(),
    importLeads: () => Promise.reject(new Error("not in this test")),
    loadSampleData: () => Promise.resolve(),
    readDashboardInputs: () =>
      Promise.resolve({ customers: [], deals: [], costs: [], activities: [], transitions: [] }),
    writeDashboardSheet: () => Promise.resolve(),
    watchAnalyticsInputs: none,
    watchCustomers: none,
    goToDeal: () => Promise.resolve(),
    exportForCrm: () => Promise.resolve({ kind: "exists", existing: [] }),
    findOrphanedTables: () => Promise.resolve([]),
    resolveOrphanedTable: () => Promise.resolve(0),
    readCurrency: () => Promise.resolve({ code: "USD", source: "default" }),
    ...overrides,
  };
}
