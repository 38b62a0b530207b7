// Collections (worksheets, tables, settings, charts): `items` is available only after load + sync,
// and each item carries the properties the collection load asked for ("items/name" or "name").
import { propertyNotLoaded } from "./errors";
import { parseLoadSpec, type LoadSpec } from "./load-spec";
import { type ProxyContext, type ProxyObject } from "./proxy-object";

export abstract class CollectionProxy<TModel, TItem extends ProxyObject<TModel>> {
  private loadedItems: TItem[] | undefined;

  constructor(
    readonly context: ProxyContext,
    private readonly entity: string,
  ) {}

  protected abstract list(): readonly TModel[];
  protected abstract wrap(target: TModel): TItem;

  get items(): TItem[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.entity);
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const plan = parseLoadSpec(stripItems(spec));
    this.context.queue.enqueue({
      requestBytes: 0,
      reads: true,
      run: (batch) => {
        const items = this.list().map((t) => this.wrap(t).attach(t));
        const values = items.map((item) => item.collect(item.resolved() as TModel, plan, batch));
        batch.onCommit(() => {
          items.forEach((item, i) => item.accept(values[i], false));
          this.loadedItems = items;
        });
      },
    });
    return this;
  }

  toJSON(): { items: unknown[] } {
    return { items: (this.loadedItems ?? []).map((i) => i.toJSON()) };
  }
}

function stripItems(spec: LoadSpec): LoadSpec {
  const strip = (s: string) =>
    s
      .split(",")
      .map((p) => p.trim().replace(/^items\/?/, ""))
      .filter((p) => p !== "")
      .join(",");
  if (typeof spec === "string") return strip(spec) || undefined;
  if (Array.isArray(spec)) {
    const parts = spec.map(strip).filter((p) => p !== "");
    return parts.length ? parts : undefined;
  }
  if (spec && typeof spec === "object" && "items" in spec && typeof spec.items === "object") {
    return spec.items as Record<string, unknown>;
  }
  return spec;
}
