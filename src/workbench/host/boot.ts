// Boot order of the workbench page, the host Excel would be: model → sample (or empty) → what the
// build says (functions.json, manifest.xml) → the office.js stand-in (service worker) → the bridge
// → the add-in's page in its frame (and, with ?coauthors=2, a co-author's) → ribbon and grid;
// then window.__cellcrm for tests. With co-authors, __cellcrm.coauthor can hold and release the
// co-author's (Sam's) Remote changes, as Excel's seconds-late delivery of merged edits would.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { BRIDGE_KEY } from "../office-host/bridge";
import { generateSampleWorkbook, todaySerial } from "../../domain/sample";
import { loadIntoModel } from "../load-sample";
import { WorkbookModel } from "../simulator";
import { fetchFunctionsMetadata } from "./functions-metadata";
import { COAUTHORS, startCoauthorPane, type CoauthorPane } from "./coauthor-pane";
import { HostBridge } from "./host-bridge";
import { declaredRequirementSets, ribbonOf } from "./manifest-ribbon";
import { startOfficeJsStandIn } from "./office-js-stand-in";
import { parsePageOptions, type PageOptions } from "./page-options";
import { PaneFrame } from "./pane-frame";
import { LATEST_REQUIREMENT_SETS } from "./requirement-sets";
import { WorkbenchApp } from "./workbench-app";
import { WorkbenchSession } from "./workbench-session";

export interface WorkbenchHandle {
  readonly model: WorkbookModel;
  readonly session: WorkbenchSession;
  /** Custom function ids the add-in registered, e.g. ["NPV", "IRR"]. */
  readonly functions: readonly string[];
  /** The add-in frame's window (its IndexedDB, for tests that read the store). */
  readonly pane: Window | undefined;
  readonly requirementSets: Readonly<Record<string, string>>;
  /** ?coauthors=2: the co-author's pane window (its store is prefixed "coauthor-b:"). */
  readonly coauthor?: {
    readonly pane: Window | undefined;
    readonly name: string;
    /** Keeps others' edits from reaching the co-author's add-in until releaseRemote(). */
    holdRemote(): void;
    releaseRemote(): void;
  };
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

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export async function boot(search: string): Promise<WorkbenchHandle> {
  const options = parsePageOptions(search);
  const { model, status } = await initialModel(options);
  const [metadata, manifest] = await Promise.all([
    fetchFunctionsMetadata(),
    fetchText("manifest.xml"),
    startOfficeJsStandIn(),
  ]);
  const requirementSets =
    options.requirements === "lowest" ? declaredRequirementSets(manifest) : LATEST_REQUIREMENT_SETS;
  const two = options.coauthors === 2;
  const { first } = COAUTHORS;
  const caption = two ? { frameName: "cellcrm-pane", caption: `${first.name} (you)` } : undefined;
  const frame = new PaneFrame(region("pane-host"), "taskpane.html", options.paneWidth, caption);
  if (two) model.gridAuthor = first.instance;
  // the bridge lends whichever workbook is open now (the session's), read when the frame asks
  const session: WorkbenchSession = new WorkbenchSession(model, frame, () => bridge);
  const shared = {
    metadata,
    requirementSets,
    storage: options.storage,
    report: (message: string) => console.error(`CellCRM workbench: ${message}`),
  };
  const bridge: HostBridge = new HostBridge(() => session.model, {
    ...shared,
    instance: two ? first.instance : undefined,
  });
  (window as unknown as Record<string, unknown>)[BRIDGE_KEY] = bridge;
  frame.load();
  let coauthor: CoauthorPane | undefined;
  if (two) {
    coauthor = startCoauthorPane(
      () => session.model,
      region("pane-host"),
      options.paneWidth,
      shared,
    );
    session.addCoauthor(coauthor.frame, coauthor.bridge);
  }
  createRoot(region("grid-host")).render(
    createElement(WorkbenchApp, {
      session,
      status,
      ribbon: ribbonOf(manifest),
      bridge,
      showPane: () => frame.show(),
    }),
  );
  const handle: WorkbenchHandle = {
    get model() {
      return session.model;
    },
    session,
    get functions() {
      return bridge.functions();
    },
    get pane() {
      return frame.window;
    },
    requirementSets,
    coauthor: coauthor && {
      get pane() {
        return coauthor?.frame.window;
      },
      name: COAUTHORS.second.name,
      holdRemote: () => session.model.events.hold(COAUTHORS.second.instance),
      releaseRemote: () => session.model.events.release(COAUTHORS.second.instance),
    },
    ready: true,
  };
  (window as unknown as { __cellcrm: WorkbenchHandle }).__cellcrm = handle;
  return handle;
}
