// Office.js client-object semantics shared by every simulated object: creation resolved at sync,
// load-before-read (PropertyNotLoaded), values visible only after sync, queued writes and calls,
// and *OrNullObject null objects.
import { invalidObjectPath, propertyNotLoaded } from "./errors";
import { parseLoadSpec, type LoadPlan, type LoadSpec } from "./load-spec";
import { jsonSize } from "./payload-size";
import { type SimBatch, type SimRequestQueue } from "./request-context";

export interface ProxyContext {
  readonly queue: SimRequestQueue;
}

export abstract class ProxyObject<T> {
  private target: T | null | undefined;
  private nullKnown: boolean | undefined;
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: ProxyContext,
    protected readonly entity: string,
  ) {}

  /** Scalar properties that load() with no argument loads. */
  protected abstract scalarNames(): readonly string[];

  /** Reads a scalar property from the model at sync time; undefined when it does not exist. */
  protected abstract readProperty(target: T, name: string): unknown;

  /** Child object behind a navigation property (for "worksheet/name" loads). */
  protected navigate(_name: string): { load(spec: string[]): unknown } | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded("isNullObject", this.entity);
    return this.nullKnown;
  }

  /** Resolves the model object when the queue reaches this point; null makes a null object. */
  createVia(resolve: () => T | null): this {
    this.enqueue(0, false, (batch) => {
      const t = resolve();
      this.target = t;
      batch.onCommit(() => (this.nullKnown = t === null));
    });
    return this;
  }

  /** For objects whose model object is known at once (collection items, roots). */
  attach(target: T): this {
    this.target = target;
    this.nullKnown = false;
    return this;
  }

  /** The model object during sync; null for a null object. */
  resolved(): T | null {
    if (this.target === undefined) throw invalidObjectPath(this.entity);
    return this.target;
  }

  protected enqueue(requestBytes: number, reads: boolean, run: (batch: SimBatch) => void): void {
    this.context.queue.enqueue({ requestBytes, reads, run });
  }

  /** A queued method call or property set; a no-op on a null object. */
  protected call(requestBytes: number, apply: (target: T) => void): void {
    this.enqueue(requestBytes, false, () => {
      const t = this.resolved();
      if (t !== null) apply(t);
    });
  }

  /** Office.js keeps a set value locally, so it reads back before sync. */
  protected write(name: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this.call(jsonSize(value), apply);
  }

  protected read<V>(name: string): V {
    if (this.nullKnown === true) return undefined as V;
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.entity);
    return this.loaded.get(name) as V;
  }

  load(spec?: LoadSpec): this {
    const plan = parseLoadSpec(spec);
    for (const [name, paths] of plan.nested) this.navigate(name)?.load(paths);
    this.enqueue(0, true, (batch) => {
      const t = this.resolved();
      const got = t === null ? new Map<string, unknown>() : this.collect(t, plan, batch);
      batch.onCommit(() => this.accept(got, t === null));
    });
    return this;
  }

  /** Reads planned properties now (at sync time), counting them into the response. */
  collect(target: T, plan: LoadPlan, batch: SimBatch): Map<string, unknown> {
    const got = new Map<string, unknown>();
    for (const name of plan.own ?? this.scalarNames()) {
      const v = this.readProperty(target, name);
      if (v === undefined) continue;
      batch.addResponse(jsonSize(v) + name.length + 3);
      got.set(name, v);
    }
    return got;
  }

  /**
   * Loaded values arrive as Office.js gives them: parsed from the response, so they are the
   * add-in's own copies (in the workbench, objects of the add-in's frame, not of the host's).
   */
  accept(values: Map<string, unknown>, isNull: boolean): void {
    for (const [k, v] of values) this.loaded.set(k, copyOf(v));
    this.nullKnown = isNull;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function copyOf(value: unknown): unknown {
  return value !== null && typeof value === "object" ? structuredClone(value) : value;
}
