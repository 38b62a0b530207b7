// The host side of the bridge the add-in's frame uses (office-host/bridge.ts): registers custom
// functions with what functions.json declares, keeps the ribbon actions the add-in associated,
// and runs them as Excel does when a button is clicked (busy until the handler completes). A
// co-author's bridge names its add-in instance and keeps its store apart; the grid's cells show
// what the first pane's functions compute (a co-author's Excel computes theirs on their device).
import type { ActionHandler, OfficeHostBridge } from "../office-host/bridge";
import { DEFAULT_PAYLOAD_LIMIT, type CustomFunction, type WorkbookModel } from "../simulator";
import type { FunctionsMetadata } from "./functions-metadata";

export const NAMESPACE = "CRM";

export interface HostBridgeOptions {
  readonly metadata: FunctionsMetadata;
  readonly requirementSets: Readonly<Record<string, string>>;
  readonly storage: OfficeHostBridge["storage"];
  /** Says what went wrong where a user of Excel would see it (the workbench's status line). */
  readonly report: (message: string) => void;
  /** Co-authors only: this instance's name and its IndexedDB prefix. */
  readonly instance?: string;
  readonly storeNamespace?: string;
  /** Whether functions the add-in associates compute the grid's cells (default true). */
  readonly computesCells?: boolean;
}

export class HostBridge implements OfficeHostBridge {
  readonly payloadLimitBytes = DEFAULT_PAYLOAD_LIMIT;
  readonly platform = "OfficeOnline" as const;
  private readonly actions = new Map<string, ActionHandler>();
  private readonly functionIds = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly current: () => WorkbookModel,
    private readonly options: HostBridgeOptions,
  ) {}

  get model(): WorkbookModel {
    return this.current();
  }

  get requirementSets() {
    return this.options.requirementSets;
  }

  get storage() {
    return this.options.storage;
  }

  get instance() {
    return this.options.instance;
  }

  get storeNamespace() {
    return this.options.storeNamespace;
  }

  registerFunction(id: string, impl: CustomFunction): void {
    const declared = this.options.metadata.get(id);
    // Excel calls only what functions.json declares; anything else is a build mistake
    if (!declared) throw new Error(`CustomFunctions.associate: "${id}" is not in functions.json`);
    this.functionIds.add(id);
    if (this.options.computesCells === false) return;
    this.model.registerFunction(`${NAMESPACE}.${id}`, impl, declared);
  }

  associateAction(name: string, handler: ActionHandler): void {
    this.actions.set(name, handler);
    this.changed();
  }

  /** A new frame (another workbook opened): its add-in associates everything afresh. */
  reset(): void {
    this.actions.clear();
    this.functionIds.clear();
    this.changed();
  }

  /** Custom function ids the add-in registered, e.g. ["NPV", "IRR"]. */
  functions(): string[] {
    return [...this.functionIds];
  }

  hasAction(name: string): boolean {
    return this.actions.has(name);
  }

  /** Clicks an ExecuteFunction button; resolves when the add-in calls event.completed(). */
  runAction(name: string): Promise<void> {
    const handler = this.actions.get(name);
    if (!handler) {
      this.options.report(`The add-in has not registered the ribbon command "${name}".`);
      return Promise.resolve();
    }
    return new Promise((completed) => handler({ completed: () => completed() }));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
