// The workbench's one open workbook: which model the Excel global, the custom functions, the task
// pane and the grid are bound to, and swapping all of them when the user opens another file.
import { restartCrmSession } from "../../app/runtime";
import { mountTaskpane } from "../../taskpane/mount";
import { createExcelApi, installExcelGlobals, type WorkbookModel } from "../simulator";
import { type CustomFunctionsShim } from "./custom-functions-shim";

export class WorkbenchSession {
  private readonly listeners = new Set<() => void>();
  private generation = 0;

  constructor(
    private current: WorkbookModel,
    private readonly functions: CustomFunctionsShim,
    private readonly paneHost: HTMLElement,
  ) {}

  get model(): WorkbookModel {
    return this.current;
  }

  /** Counts opened workbooks; the grid keys its state on it. */
  get id(): number {
    return this.generation;
  }

  /** Binds the Excel globals and the custom functions to the first model. */
  start(): void {
    installExcelGlobals(this.current);
    this.functions.attach(this.current);
  }

  /**
   * Opens another workbook. As in Excel, it gets its own task pane instance: the pane is mounted
   * afresh so no state from the previous workbook (its id, its store) carries over.
   */
  async replace(model: WorkbookModel): Promise<void> {
    this.current = model;
    this.generation++;
    // installExcelGlobals keeps an existing Excel global, so rebind it explicitly
    (globalThis as Record<string, unknown>).Excel = createExcelApi(model);
    this.functions.attach(model);
    // the previous workbook's session (store, live sync) must close before the new one opens
    await restartCrmSession();
    this.showPane();
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Mounts the real task pane; a fresh element each time, as a React root is created once. */
  showPane(): void {
    const root = document.createElement("div");
    root.className = "pane-root";
    this.paneHost.replaceChildren(root);
    mountTaskpane(root);
  }
}
