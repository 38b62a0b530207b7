// Excel.Table, its collections (workbook.tables, worksheet.tables) and table rows: add, lookup,
// header/body/whole ranges, rows.add and rows.getCount.
import { parseAddress, type Rect } from "./a1-address";
import { SimClientResult } from "./client-result";
import { CollectionProxy } from "./collection-proxy";
import { invalidArgument, itemNotFound } from "./errors";
import { type Mirrors } from "./mirror";
import { jsonSize } from "./payload-size";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { ADDIN_ORIGIN, asSimRange, RangeProxy } from "./range-proxy";
import { checkTableName, createTable } from "./table-ops";
import { TableRowCollectionProxy } from "./table-rows-proxy";
import { bodyRect, headerRect, type SheetModel, type TableModel } from "./workbook-parts";
import { type WorkbookModel } from "./workbook-model";
import { WorksheetProxy } from "./worksheet-proxy";

type TableMembers =
  | "name"
  | "id"
  | "showHeaders"
  | "showTotals"
  | "getHeaderRowRange"
  | "getDataBodyRange"
  | "getRange"
  | "delete";

export class TableProxy
  extends ProxyObject<TableModel>
  implements Mirrors<Excel.Table, TableMembers>
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "Table");
  }

  protected scalarNames(): readonly string[] {
    return ["name", "id", "showHeaders", "showTotals"];
  }

  protected readProperty(t: TableModel, name: string): unknown {
    const props: Record<string, unknown> = {
      name: t.name,
      id: t.id,
      showHeaders: true,
      showTotals: false,
    };
    return props[name];
  }

  protected override navigate(name: string) {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (t) => {
      checkTableName(this.model, name, t);
      t.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }

  /** Navigation objects are created once, as in Office.js, so a load through them sticks. */
  get worksheet(): WorksheetProxy {
    return (this.sheetProxy ??= new WorksheetProxy(this.context, this.model).createVia(
      () => this.resolved()?.sheet ?? null,
    ));
  }
  private sheetProxy?: WorksheetProxy;

  get rows(): TableRowCollectionProxy {
    return (this.rowsProxy ??= new TableRowCollectionProxy(this.context, this.model, this));
  }
  private rowsProxy?: TableRowCollectionProxy;

  private range(part: (t: TableModel) => Rect): RangeProxy {
    return new RangeProxy(this.context, this.model).createVia(() => {
      const t = this.resolved();
      return t && { sheet: t.sheet, rect: part(t) };
    });
  }

  getHeaderRowRange(): RangeProxy {
    return this.range(headerRect);
  }
  getDataBodyRange(): RangeProxy {
    return this.range(bodyRect);
  }
  getRange(): RangeProxy {
    return this.range((t) => t.rect);
  }

  /** Deletes the table and its cells' contents and formats, as Excel does. */
  delete(): void {
    this.call(0, (t) => {
      this.model.unregisterTable(t);
      this.model.mutate(t.sheet, t.rect, ADDIN_ORIGIN, (cells) => {
        cells.clearContents(t.rect);
        cells.clearFormats(t.rect);
      });
    });
  }
}

export class TableCollectionProxy
  extends CollectionProxy<TableModel, TableProxy>
  implements Mirrors<Excel.TableCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount">
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
    /** Set for worksheet.tables; workbook.tables spans all sheets. */
    private readonly sheet?: WorksheetProxy,
  ) {
    super(context, "TableCollection");
  }

  private scopeSheet(): SheetModel | null | undefined {
    return this.sheet ? this.sheet.resolved() : undefined;
  }

  protected list(): readonly TableModel[] {
    const scope = this.scopeSheet();
    return this.model.tableList().filter((t) => scope === undefined || t.sheet === scope);
  }

  protected wrap(): TableProxy {
    return new TableProxy(this.context, this.model);
  }

  add(address: Excel.Range | string, hasHeaders: boolean): TableProxy {
    return this.wrap().createVia(() => {
      const { sheet, rect } = this.locate(address);
      const table = createTable(this.model, sheet, rect, hasHeaders, ADDIN_ORIGIN);
      this.model.registerTable(table);
      return table;
    });
  }

  private locate(address: Excel.Range | string): { sheet: SheetModel; rect: Rect } {
    if (typeof address !== "string") {
      const target = asSimRange(address, "TableCollection.add").resolved();
      if (!target) throw invalidArgument("TableCollection.add");
      return target;
    }
    const parsed = parseAddress(address);
    const scope = this.scopeSheet();
    const sheet =
      parsed?.sheet !== undefined ? this.model.sheet(parsed.sheet) : (scope ?? undefined);
    if (!parsed || !sheet || (scope && scope !== sheet))
      throw invalidArgument("TableCollection.add");
    return { sheet, rect: parsed.rect };
  }

  getItem(key: string): TableProxy {
    return this.wrap().createVia(() => {
      const found = this.find(key);
      if (!found) throw itemNotFound(`TableCollection.getItem(${key})`);
      return found;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return this.wrap().createVia(() => this.find(key) ?? null);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context.queue.enqueue({
      requestBytes: 0,
      reads: true,
      run: (batch) => {
        const n = this.list().length;
        batch.addResponse(jsonSize(n));
        batch.onCommit(() => result.set(n));
      },
    });
    return result;
  }

  private find(key: string): TableModel | undefined {
    const upper = key.toUpperCase();
    return this.list().find((t) => t.name.toUpperCase() === upper || t.id === key);
  }
}
