// Excel.RequestContext and Excel.Workbook over a WorkbookModel: the entry points an add-in uses
// (worksheets, tables, settings, selection, application) and context.sync().
import { type Mirrors } from "./mirror";
import { type ProxyContext } from "./proxy-object";
import { RangeProxy } from "./range-proxy";
import { SimRequestQueue, type HostOptions } from "./request-context";
import { SettingCollectionProxy } from "./settings-proxy";
import { TableCollectionProxy } from "./table-proxy";
import { type WorkbookModel } from "./workbook-model";
import { WorksheetCollectionProxy } from "./worksheet-proxy";

export class WorkbookProxy implements Mirrors<Excel.Workbook, "getSelectedRange"> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;

  constructor(
    readonly context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    this.worksheets = new WorksheetCollectionProxy(context, model);
    this.tables = new TableCollectionProxy(context, model);
    this.settings = new SettingCollectionProxy(context, model);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, this.model).createVia(() => {
      const sel = this.model.selection;
      const sheet = sel ? this.model.sheet(sel.sheetId) : undefined;
      if (sel && sheet) return { sheet, rect: sel.rect };
      const active = this.model.activeSheetId
        ? this.model.sheet(this.model.activeSheetId)
        : undefined;
      return active ? { sheet: active, rect: { row: 0, col: 0, rows: 1, cols: 1 } } : null;
    });
  }
}

/** Calculation is always automatic here; these calls exist so add-in code runs unchanged. */
export class ApplicationProxy implements Mirrors<
  Excel.Application,
  "suspendApiCalculationUntilNextSync" | "calculate"
> {
  constructor(private readonly context: ProxyContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.queue.enqueue({ requestBytes: 0, reads: false, run: () => undefined });
  }

  calculate(calculationType: Excel.CalculationType | string): void {
    void calculationType;
    this.context.queue.enqueue({ requestBytes: 0, reads: false, run: () => undefined });
  }
}

export class SimRequestContext implements ProxyContext {
  readonly queue: SimRequestQueue;
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };

  constructor(model: WorkbookModel, options: HostOptions) {
    this.queue = new SimRequestQueue(model, options);
    this.workbook = new WorkbookProxy(this, model);
    this.application = new ApplicationProxy(this);
  }

  /** Runs everything queued as one round trip; loaded values become readable after it resolves. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.queue.flush();
    return passThroughValue as T;
  }
}
