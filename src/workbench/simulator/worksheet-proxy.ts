// Excel.Worksheet and the worksheet collection: lookup by name or id (ItemNotFound / null object),
// ranges by address or indexes, used range, activation, tables, charts and onChanged.
import { isInsideSheet, MAX_COLS, MAX_ROWS, parseAddress, type Rect } from "./a1-address";
import { ChartCollectionProxy } from "./chart-proxy";
import { CollectionProxy } from "./collection-proxy";
import { invalidArgument, itemNotFound } from "./errors";
import { ChangedEventProxy } from "./event-proxy";
import { type Mirrors } from "./mirror";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { RangeProxy, type RangeTarget } from "./range-proxy";
import { TableCollectionProxy } from "./table-proxy";
import { type SheetModel } from "./workbook-parts";
import { type WorkbookModel } from "./workbook-model";

type SheetMembers =
  | "name"
  | "id"
  | "position"
  | "visibility"
  | "getRange"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "activate"
  | "delete";

export class WorksheetProxy
  extends ProxyObject<SheetModel>
  implements Mirrors<Excel.Worksheet, SheetMembers>
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "Worksheet");
  }

  protected scalarNames(): readonly string[] {
    return ["name", "id", "position", "visibility"];
  }

  protected readProperty(sheet: SheetModel, name: string): unknown {
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "position") return this.model.sheets().indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    return undefined;
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (s) => this.model.renameSheet(s, name));
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(v: Excel.Worksheet["visibility"]) {
    this.write("visibility", v, (s) => (s.visibility = v as SheetModel["visibility"]));
  }

  get tables(): TableCollectionProxy {
    return (this.tableProxy ??= new TableCollectionProxy(this.context, this.model, this));
  }
  private tableProxy?: TableCollectionProxy;

  get charts(): ChartCollectionProxy {
    return (this.chartProxy ??= new ChartCollectionProxy(this.context, this.model, this));
  }
  private chartProxy?: ChartCollectionProxy;

  get onChanged(): ChangedEventProxy {
    return new ChangedEventProxy(this.context, this.model, () => this.resolved()?.id ?? null);
  }

  private range(
    location: string,
    make: (sheet: SheetModel) => Rect | null,
    orNull = false,
  ): RangeProxy {
    return new RangeProxy(this.context, this.model).createVia((): RangeTarget | null => {
      const sheet = this.resolved();
      if (sheet === null) return null;
      const rect = make(sheet);
      if (rect === null && orNull) return null;
      if (!rect || !isInsideSheet(rect)) throw invalidArgument(location);
      return { sheet, rect };
    });
  }

  getRange(address?: string): RangeProxy {
    return this.range("Worksheet.getRange", (sheet) => {
      if (address === undefined || address === "")
        return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
      const parsed = parseAddress(address);
      if (!parsed) return null;
      if (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase())
        return null;
      return parsed.rect;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this.range("Worksheet.getRangeByIndexes", () => ({
      row: startRow,
      col: startColumn,
      rows: rowCount,
      cols: columnCount,
    }));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.range("Worksheet.getCell", () => ({ row, col: column, rows: 1, cols: 1 }));
  }

  /** Excel gives A1 for a blank sheet. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range(
      "Worksheet.getUsedRange",
      (sheet) => sheet.cells.bounds(valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range(
      "Worksheet.getUsedRangeOrNullObject",
      (sheet) => sheet.cells.bounds(valuesOnly === true),
      true,
    );
  }

  activate(): void {
    this.call(0, (sheet) => (this.model.activeSheetId = sheet.id));
  }

  delete(): void {
    this.call(0, (sheet) => this.model.deleteSheet(sheet));
  }
}

export class WorksheetCollectionProxy
  extends CollectionProxy<SheetModel, WorksheetProxy>
  implements
    Mirrors<
      Excel.WorksheetCollection,
      "getItem" | "getItemOrNullObject" | "add" | "getActiveWorksheet"
    >
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "WorksheetCollection");
  }

  protected list(): readonly SheetModel[] {
    return this.model.sheets();
  }

  protected wrap(): WorksheetProxy {
    return new WorksheetProxy(this.context, this.model);
  }

  getItem(key: string): WorksheetProxy {
    return this.wrap().createVia(() => {
      const sheet = this.model.sheet(key);
      if (!sheet) throw itemNotFound(`WorksheetCollection.getItem(${key})`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.wrap().createVia(() => this.model.sheet(key) ?? null);
  }

  add(name?: string): WorksheetProxy {
    return this.wrap().createVia(() => this.model.createSheet(name));
  }

  getActiveWorksheet(): WorksheetProxy {
    return this.wrap().createVia(() => {
      const id = this.model.activeSheetId;
      const sheet = id === null ? undefined : this.model.sheet(id);
      if (!sheet) throw itemNotFound("WorksheetCollection.getActiveWorksheet");
      return sheet;
    });
  }

  get onChanged(): ChangedEventProxy {
    return new ChangedEventProxy(this.context, this.model, () => null);
  }
}
