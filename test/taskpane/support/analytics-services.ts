// The Team and Process views' services over a real store, and workbook settings kept in memory
// the way the workbook keeps them (saved settings are read back as saved).
import { watchAnalyticsInputs, watchCustomers } from "../../../src/app/analytics-services";
import { type CrmSettings, DEFAULT_SETTINGS } from "../../../src/excel/workbook-settings";
import type { CrmDatabase } from "../../../src/store";
import type { TaskpaneServices } from "../../../src/taskpane/services";
import { storeServices } from "./store-services";

export function analyticsServices(db: CrmDatabase, initial: CrmSettings = DEFAULT_SETTINGS) {
  let settings = initial;
  const saveSettings = jest.fn(async (next: CrmSettings) => void (settings = next));
  const goToDeal = jest.fn(() => Promise.resolve());
  const services: Partial<TaskpaneServices> = {
    ...storeServices(db),
    watchAnalyticsInputs: (l, e) => watchAnalyticsInputs(db, l, e),
    watchCustomers: (l, e) => watchCustomers(db, l, e),
    readSettings: () => Promise.resolve(settings),
    saveSettings,
    goToDeal,
  };
  return { services, saveSettings, goToDeal, settings: () => settings };
}
