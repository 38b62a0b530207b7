// The workbench's one open workbook: the model the grid shows and the bridge lends the add-in's
// frame. Opening another workbook gives it a fresh add-in runtime, as Excel does: the frame is
// loaded again, so nothing of the previous workbook (its id, its store, its state) carries over.
// A co-author's pane (?coauthors=2) opens the new workbook too.
import { type WorkbookModel } from "../simulator";
import { type HostBridge } from "./host-bridge";
import { type PaneFrame } from "./pane-frame";

export class WorkbenchSession {
  private readonly listeners = new Set<() => void>();
  private generation = 0;
  private readonly coauthors: { frame: PaneFrame; bridge: HostBridge }[] = [];

  constructor(
    private current: WorkbookModel,
    private readonly frame: PaneFrame,
    private readonly bridge: () => HostBridge,
  ) {}

  get model(): WorkbookModel {
    return this.current;
  }

  /** Counts opened workbooks; the grid keys its state on it. */
  get id(): number {
    return this.generation;
  }

  /** A co-author's pane over the same workbook, reloaded with it. */
  addCoauthor(frame: PaneFrame, bridge: HostBridge): void {
    this.coauthors.push({ frame, bridge });
  }

  replace(model: WorkbookModel): void {
    model.gridAuthor = this.current.gridAuthor;
    this.current = model;
    this.generation++;
    this.bridge().reset();
    this.frame.load();
    for (const { frame, bridge } of this.coauthors) {
      bridge.reset();
      frame.load();
    }
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
