// Workbook settings (document-level key/value store kept in the file): add, getItem,
// getItemOrNullObject, items, Setting.value/delete and onSettingsChanged. Values are stored as
// JSON copies.
import { CollectionProxy } from "./collection-proxy";
import { EventHandlerResultSim } from "./event-proxy";
import { itemNotFound } from "./errors";
import { type Mirrors } from "./mirror";
import { jsonSize } from "./payload-size";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { type WorkbookModel } from "./workbook-model";

function jsonCopy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class SettingProxy
  extends ProxyObject<string>
  implements Mirrors<Excel.Setting, "key" | "value" | "delete">
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "Setting");
  }

  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }

  protected readProperty(key: string, name: string): unknown {
    if (name === "key") return key;
    return name === "value" ? jsonCopy(this.model.settings.get(key)) : undefined;
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(value: unknown) {
    this.write("value", value, (key) => setSetting(this.model, key, value));
  }

  delete(): void {
    this.call(0, (key) => {
      const old = this.model.settings.get(key);
      this.model.settings.delete(key);
      this.model.settingsEvents.changed();
      this.model.undoable(() => this.model.settings.set(key, old));
    });
  }
}

function setSetting(model: WorkbookModel, key: string, value: unknown): void {
  const had = model.settings.has(key);
  const old = model.settings.get(key);
  model.settings.set(key, jsonCopy(value));
  model.settingsEvents.changed();
  model.undoable(() => (had ? model.settings.set(key, old) : model.settings.delete(key)));
}

export class SettingCollectionProxy
  extends CollectionProxy<string, SettingProxy>
  implements Mirrors<Excel.SettingCollection, "add" | "getItem" | "getItemOrNullObject">
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "SettingCollection");
  }

  protected list(): readonly string[] {
    return [...this.model.settings.keys()];
  }

  protected wrap(): SettingProxy {
    return new SettingProxy(this.context, this.model);
  }

  add(key: string, value: string | number | boolean | Date | unknown[] | object): SettingProxy {
    const setting = this.wrap();
    this.context.queue.enqueue({
      requestBytes: jsonSize(value),
      reads: false,
      run: () => {
        setSetting(this.model, key, value);
        setting.attach(key);
      },
    });
    return setting;
  }

  getItem(key: string): SettingProxy {
    return this.wrap().createVia(() => {
      if (!this.model.settings.has(key)) throw itemNotFound(`SettingCollection.getItem(${key})`);
      return key;
    });
  }

  /** Registered at sync, like onChanged; handlers get the settings to read in their own request. */
  get onSettingsChanged() {
    const { context, model } = this;
    return {
      add: (handler: (args: Excel.SettingsChangedEventArgs) => Promise<unknown>) => {
        let unregister: (() => void) | undefined;
        const args = () =>
          ({
            settings: new SettingCollectionProxy(context, model),
          }) as unknown as Excel.SettingsChangedEventArgs;
        context.queue.enqueue({
          requestBytes: 0,
          reads: false,
          run: () => (unregister = model.settingsEvents.add(() => handler(args()))),
        });
        return new EventHandlerResultSim(context, () => unregister?.());
      },
    };
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.wrap().createVia(() => (this.model.settings.has(key) ? key : null));
  }
}
