// The plain records a workbook holds besides cells: sheets, tables, charts, data validation.
import { formatRect, qualifiedAddress, type Rect } from "./a1-address";
import { SheetCells } from "./sheet-cells";

export class SheetModel {
  readonly cells = new SheetCells();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  deleted = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}
}

/** Excel-style worksheet ids, e.g. "{00000000-0001-0000-0000-000000000000}". */
export function sheetId(n: number): string {
  return `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row plus body rows (at least one body row, as in Excel). */
  rect: Rect;
}

export function headerRect(t: TableModel): Rect {
  return { ...t.rect, rows: 1 };
}

export function bodyRect(t: TableModel): Rect {
  return { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 };
}

/** Data rows; a table's lone blank body row is Excel's "insert row" and does not count. */
export function tableRowCount(t: TableModel): number {
  const body = bodyRect(t);
  if (body.rows !== 1) return body.rows;
  for (let c = body.col; c < body.col + body.cols; c++) {
    if (t.sheet.cells.value(body.row, c) !== "" || t.sheet.cells.formula(body.row, c)) return 1;
  }
  return 0;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  seriesBy: string;
  sheet: SheetModel;
  /** Source data address, sheet-qualified. */
  source: string;
  title: string;
  /** The cells the chart covers, top-left to bottom-right, as setPosition states them. */
  position: Rect;
}

export interface ValidationModel {
  sheet: SheetModel;
  rect: Rect;
  rule: Excel.DataValidationRule;
}

export function validationAddress(v: ValidationModel): string {
  return formatRect(v.rect);
}

export function tableAddress(t: TableModel): string {
  return qualifiedAddress(t.sheet.name, t.rect);
}

/** The first of make(1), make(2)… that is not taken ("Sheet3", "Table2"). */
export function freeName(make: (i: number) => string, taken: (name: string) => boolean): string {
  let i = 1;
  while (taken(make(i))) i++;
  return make(i);
}
