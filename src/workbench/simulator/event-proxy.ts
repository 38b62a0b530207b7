// OfficeExtension.EventHandlers for onChanged: add/remove are queued and take effect at sync,
// as in Office.js; handlers then receive every later change of their worksheet (or workbook).
import { type ChangeHandler } from "./events";
import { type ProxyContext } from "./proxy-object";
import { type WorkbookModel } from "./workbook-model";

export class EventHandlerResultSim {
  constructor(
    readonly context: ProxyContext,
    private readonly removeNow: () => void,
  ) {}

  remove(): void {
    this.context.queue.enqueue({ requestBytes: 0, reads: false, run: () => this.removeNow() });
  }
}

export class ChangedEventProxy {
  constructor(
    private readonly context: ProxyContext,
    private readonly model: WorkbookModel,
    /** Worksheet id at sync time; null for workbook-wide events. */
    private readonly scope: () => string | null,
  ) {}

  add(handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>): EventHandlerResultSim {
    let unregister: (() => void) | undefined;
    const deliver: ChangeHandler = this.context.queue.options.triggerSource
      ? (handler as ChangeHandler)
      : (args) => handler(withoutTriggerSource(args));
    this.context.queue.enqueue({
      requestBytes: 0,
      reads: false,
      run: () => {
        unregister = this.model.events.add(
          this.scope(),
          deliver,
          this.context.queue.options.instance,
        );
      },
    });
    return new EventHandlerResultSim(this.context, () => unregister?.());
  }

  remove(handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>): void {
    void handler;
    throw new Error("Use the EventHandlerResult returned by add() to remove a handler.");
  }
}

/** The event as a host before ExcelApi 1.14 delivers it: it cannot tell who made a change. */
function withoutTriggerSource(
  args: Excel.WorksheetChangedEventArgs,
): Excel.WorksheetChangedEventArgs {
  const copy = { ...args } as Partial<Excel.WorksheetChangedEventArgs>;
  delete copy.triggerSource;
  return copy as Excel.WorksheetChangedEventArgs;
}
