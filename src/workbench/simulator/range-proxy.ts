// Excel.Range: values / formulas / numberFormat / text read from and written to the model,
// derived ranges (getCell, getOffsetRange, getResizedRange, …), select, clear and format.
import {
  intersectRects,
  isInsideSheet,
  parseAddress,
  qualifiedAddress,
  type Rect,
} from "./a1-address";
import {
  checkGrid,
  readFormulas,
  readText,
  readValueTypes,
  writeCells,
  writeFormats,
} from "./cell-writes";
import { invalidArgument } from "./errors";
import { deleteCellsUp } from "./table-ops";
import { type ChangeOrigin } from "./events";
import { autoExpandTables } from "./table-auto-expand";
import { type Mirrors } from "./mirror";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { DataValidationProxy, RangeFormatProxy } from "./range-parts-proxy";
import { type SheetModel } from "./workbook-parts";
import { WorksheetProxy } from "./worksheet-proxy";
import { type WorkbookModel } from "./workbook-model";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Writes made by the add-in through Excel.run fire onChanged like any edit (as in Excel). */
export const ADDIN_ORIGIN: ChangeOrigin = { source: "Local", triggerSource: "ThisLocalAddin" };

const SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "text",
  "valueTypes",
] as const;

type RangeMembers =
  | "values"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "text"
  | "cellCount"
  | "getCell"
  | "getResizedRange"
  | "getOffsetRange"
  | "getRow"
  | "getColumn"
  | "getIntersection"
  | "getIntersectionOrNullObject"
  | "select"
  | "clear"
  | "delete"
  | "getEntireRow"
  | "getEntireColumn"
  | "getLastRow";

export class RangeProxy
  extends ProxyObject<RangeTarget>
  implements Mirrors<Excel.Range, RangeMembers>
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "Range");
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected readProperty({ sheet, rect }: RangeTarget, name: string): unknown {
    const cells = sheet.cells;
    if (["values", "formulas", "formulasLocal", "text"].includes(name))
      this.model.ensureCalculated();
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(sheet.name, rect);
      case "cellCount":
        return rect.rows * rect.cols;
      case "columnCount":
        return rect.cols;
      case "rowCount":
        return rect.rows;
      case "columnIndex":
        return rect.col;
      case "rowIndex":
        return rect.row;
      case "values":
        return cells.readValues(rect);
      case "formulas":
      case "formulasLocal":
        return readFormulas(cells, rect, this.model.behaviour.formulasKeepApostrophe);
      case "numberFormat":
        return cells.readFormats(rect);
      case "text":
        return readText(cells, rect);
      case "valueTypes":
        return readValueTypes(cells, rect);
      default:
        return undefined;
    }
  }

  protected override navigate(name: string) {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.writeContent("values", input);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeContent("formulas", input);
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, ({ sheet, rect }) => {
      const grid = checkGrid(input, rect, "Range.numberFormat");
      this.model.mutate(sheet, rect, null, (cells) => writeFormats(cells, rect, grid, input));
    });
  }

  private writeContent(name: "values" | "formulas", input: unknown): void {
    this.write(name, input, ({ sheet, rect }) => {
      const grid = checkGrid(input, rect, `Range.${name}`);
      this.model.mutate(sheet, rect, ADDIN_ORIGIN, (cells) => writeCells(cells, rect, grid, input));
      autoExpandTables(this.model, sheet, rect);
    });
  }

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.context, this));
  }
  private formatProxy?: RangeFormatProxy;

  get dataValidation(): DataValidationProxy {
    return (this.validationProxy ??= new DataValidationProxy(this.context, this, this.model));
  }
  private validationProxy?: DataValidationProxy;

  get worksheet(): WorksheetProxy {
    return (this.sheetProxy ??= new WorksheetProxy(this.context, this.model).createVia(
      () => this.resolved()?.sheet ?? null,
    ));
  }
  private sheetProxy?: WorksheetProxy;

  /** A range relative to this one, computed when the request runs. */
  relative(make: (t: RangeTarget) => Rect | null, location: string): RangeProxy {
    return new RangeProxy(this.context, this.model).createVia(() => {
      const t = this.resolved();
      if (t === null) return null;
      const rect = make(t);
      if (!rect || !isInsideSheet(rect)) throw invalidArgument(location);
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.relative(
      ({ rect }) => ({ row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 }),
      "Range.getCell",
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.relative(
      ({ rect }) => ({ ...rect, row: rect.row + rowOffset, col: rect.col + columnOffset }),
      "Range.getOffsetRange",
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.relative(
      ({ rect }) => ({ ...rect, rows: rect.rows + deltaRows, cols: rect.cols + deltaColumns }),
      "Range.getResizedRange",
    );
  }

  getRow(row: number): RangeProxy {
    return this.relative(
      ({ rect }) =>
        row < 0 || row >= rect.rows ? null : { ...rect, row: rect.row + row, rows: 1 },
      "Range.getRow",
    );
  }

  getColumn(column: number): RangeProxy {
    return this.relative(
      ({ rect }) =>
        column < 0 || column >= rect.cols ? null : { ...rect, col: rect.col + column, cols: 1 },
      "Range.getColumn",
    );
  }

  getLastRow(): RangeProxy {
    return this.relative(
      ({ rect }) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }),
      "Range.getLastRow",
    );
  }

  getEntireRow(): RangeProxy {
    return this.relative(({ rect }) => ({ ...rect, col: 0, cols: 16384 }), "Range.getEntireRow");
  }

  getEntireColumn(): RangeProxy {
    return this.relative(
      ({ rect }) => ({ ...rect, row: 0, rows: 1048576 }),
      "Range.getEntireColumn",
    );
  }

  getIntersection(anotherRange: Excel.Range | string): RangeProxy {
    return this.relative((t) => this.intersect(t, anotherRange), "Range.getIntersection");
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): RangeProxy {
    return new RangeProxy(this.context, this.model).createVia(() => {
      const t = this.resolved();
      const rect = t && this.intersect(t, anotherRange);
      return t && rect ? { sheet: t.sheet, rect } : null;
    });
  }

  private intersect(t: RangeTarget, other: Excel.Range | string): Rect | null {
    if (typeof other === "string") {
      const parsed = parseAddress(other);
      if (!parsed) throw invalidArgument("Range.getIntersection");
      return intersectRects(t.rect, parsed.rect);
    }
    const o = asSimRange(other, "Range.getIntersection").resolved();
    return o && o.sheet === t.sheet ? intersectRects(t.rect, o.rect) : null;
  }

  select(): void {
    this.call(0, ({ sheet, rect }) => {
      this.model.selection = { sheetId: sheet.id, rect };
      this.model.activeSheetId = sheet.id;
    });
  }

  /** Range.delete: cells below move up (the one shift the add-in uses); others are refused. */
  delete(shift: Parameters<Excel.Range["delete"]>[0]): void {
    if (shift !== "Up") throw invalidArgument("Range.delete", 'Only delete("Up") is simulated.');
    this.call(0, ({ sheet, rect }) => deleteCellsUp(this.model, sheet, rect, ADDIN_ORIGIN));
  }

  clear(applyTo?: Parameters<Excel.Range["clear"]>[0]): void {
    const mode = applyTo ?? "All";
    this.call(0, ({ sheet, rect }) => {
      const contents = mode === "All" || mode === "Contents" || mode === "ResetContents";
      const formats = mode === "All" || mode === "Formats";
      this.model.mutate(sheet, rect, contents ? ADDIN_ORIGIN : null, (cells) => {
        if (contents) cells.clearContents(rect);
        if (formats) cells.clearFormats(rect);
      });
    });
  }
}

/** Office.js typings pass ranges as Excel.Range; here they are always simulator ranges. */
export function asSimRange(range: Excel.Range, location: string): RangeProxy {
  if (!(range instanceof RangeProxy)) throw invalidArgument(location);
  return range;
}
