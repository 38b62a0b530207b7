// ?coauthors=2: a second person's add-in beside the first, over the same workbook. It is the
// same built page in its own frame with its own bridge — its own instance name (so its edits
// reach the first pane as Remote changes and the first pane's reach it as Remote), its own
// IndexedDB store and its own ribbon actions. The grid stays the first person's: what they type
// there is theirs, and its =CRM cells are computed by their pane.
import { bridgeKey } from "../office-host/bridge";
import { type WorkbookModel } from "../simulator";
import { HostBridge, type HostBridgeOptions } from "./host-bridge";
import { PaneFrame } from "./pane-frame";

export const COAUTHORS = {
  first: { instance: "A", name: "Alex" },
  second: { instance: "B", name: "Sam", frameName: "cellcrm-pane-b", store: "coauthor-b:" },
} as const;

export interface CoauthorPane {
  readonly frame: PaneFrame;
  readonly bridge: HostBridge;
}

/** Adds the co-author's pane region after the first pane's and loads the add-in in it. */
export function startCoauthorPane(
  current: () => WorkbookModel,
  firstHost: HTMLElement,
  widthPx: number,
  options: Omit<HostBridgeOptions, "instance" | "storeNamespace" | "computesCells">,
): CoauthorPane {
  const { second } = COAUTHORS;
  const host = document.createElement("aside");
  host.id = "pane-host-2";
  host.className = firstHost.className;
  host.setAttribute("aria-label", `Task pane of ${second.name}, a co-author`);
  firstHost.after(host);
  const bridge = new HostBridge(current, {
    ...options,
    instance: second.instance,
    storeNamespace: second.store,
    computesCells: false,
  });
  (window as unknown as Record<string, unknown>)[bridgeKey(second.frameName)] = bridge;
  const caption = `${second.name} (co-author, another device)`;
  const frame = new PaneFrame(host, "taskpane.html", widthPx, {
    frameName: second.frameName,
    caption,
  });
  frame.load();
  return { frame, bridge };
}
