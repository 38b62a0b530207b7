// Boot order of the workbench page: model → sample (or empty) → Excel globals → CustomFunctions
// shim → function files → task pane → grid; then window.__cellcrm for tests and benchmarks.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { getActiveDatabase } from "../../app/active-database";
import { type CrmSession } from "../../app/crm-session";
import { getCrmSession } from "../../app/runtime";
import type { CrmDatabase } from "../../store";
import { generateSampleWorkbook, loadIntoModel, todaySerial } from "../sample";
import { WorkbookModel } from "../simulator";
import { installCustomFunctionsShim } from "./custom-functions-shim";
import { fetchStreamingIds } from "./functions-metadata";
import { parsePageOptions, type PageOptions } from "./page-options";
import { WorkbenchApp } from "./workbench-app";
import { WorkbenchSession } from "./workbench-session";

export interface WorkbenchHandle {
  readonly model: WorkbookModel;
  readonly session: WorkbenchSession;
  /** Custom function ids the page registered, e.g. ["NPV", "IRR"]. */
  readonly functions: readonly string[];
  /** The CRM session of the open workbook (store, sync), for end-to-end tests and benchmarks. */
  crm(): Promise<CrmSession>;
  /** The open workbook's store once its session has opened it. */
  readonly db: CrmDatabase | undefined;
  readonly ready: true;
}

async function initialModel(
  options: PageOptions,
): Promise<{ model: WorkbookModel; status: string }> {
  const model = new WorkbookModel();
  if (options.empty) {
    model.addSheet("Sheet1");
    return { model, status: "Empty workbook" };
  }
  const started = performance.now();
  const sheets = generateSampleWorkbook({ ...options, today: todaySerial() });
  await loadIntoModel(model, sheets);
  const rows = sheets[0].rows.length.toLocaleString("en-US");
  const ms = Math.round(performance.now() - started);
  return { model, status: `Sample workbook: ${rows} customers (generated in ${ms} ms)` };
}

function region(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`workbench.html has no #${id}`);
  return el;
}

export async function boot(search: string): Promise<WorkbenchHandle> {
  const { model, status } = await initialModel(parsePageOptions(search));
  const streaming = await fetchStreamingIds();
  const functions = installCustomFunctionsShim(streaming);
  const session = new WorkbenchSession(model, functions, region("pane-host"));
  session.start();
  // after the shim: the function files call CustomFunctions.associate when they load
  await import("../../functions");
  session.showPane();
  createRoot(region("grid-host")).render(createElement(WorkbenchApp, { session, status }));
  const handle: WorkbenchHandle = {
    get model() {
      return session.model;
    },
    session,
    get functions() {
      return functions.ids();
    },
    crm: getCrmSession,
    get db() {
      return getActiveDatabase();
    },
    ready: true,
  };
  (window as unknown as { __cellcrm: WorkbenchHandle }).__cellcrm = handle;
  return handle;
}
