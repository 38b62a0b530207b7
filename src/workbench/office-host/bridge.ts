// What the workbench host page lends the add-in's frame, as Excel lends it to an add-in: the
// workbook, the custom-function registry (metadata from the built functions.json), the ribbon's
// actions, the requirement sets this host supports, and the host's limits. The frame finds it on
// its parent window under bridgeKey(its frame name): with co-authors, each pane has its own.
import type { CustomFunction, WorkbookModel } from "../simulator";

export const BRIDGE_KEY = "__cellcrmOfficeHost";

/** Where a pane frame of this name finds its bridge; the first pane keeps the plain key. */
export function bridgeKey(frameName: string | undefined): string {
  return frameName ? `${BRIDGE_KEY}:${frameName}` : BRIDGE_KEY;
}

export interface AddinCommandEvent {
  completed(): void;
}

export type ActionHandler = (event: AddinCommandEvent) => void;

export interface OfficeHostBridge {
  readonly model: WorkbookModel;
  readonly payloadLimitBytes: number;
  /** Highest supported version per requirement set, e.g. { ExcelApi: "1.17" }. */
  readonly requirementSets: Readonly<Record<string, string>>;
  readonly platform: "OfficeOnline";
  /** Registers `impl` as NAMESPACE.id, with what functions.json declares for it. */
  registerFunction(id: string, impl: CustomFunction): void;
  /** Office.actions.associate: the ribbon's ExecuteFunction buttons call these. */
  associateAction(name: string, handler: ActionHandler): void;
  /** Whether the frame may keep IndexedDB data (false: partitioned or blocked storage). */
  readonly storage: "available" | "blocked";
  /** This add-in instance's co-author name when two share the workbook (their edits' author). */
  readonly instance?: string;
  /**
   * Prefix for the frame's IndexedDB database names: a co-author's add-in runs on another
   * device, so it must not see this browser's stores of the first pane.
   */
  readonly storeNamespace?: string;
}

export function isSetSupported(
  sets: Readonly<Record<string, string>>,
  name: string,
  minVersion?: string | number,
): boolean {
  const have = sets[name];
  if (have === undefined) return false;
  if (minVersion === undefined || minVersion === null) return true;
  const [hm, hn] = have.split(".").map(Number);
  const [wm, wn = 0] = String(minVersion).split(".").map(Number);
  return hm > wm || (hm === wm && hn >= wn);
}
