// An ExcelJS workbook → plain sheets for the model: a values grid from A1 to the last used cell,
// the number formats that are not General, and the Excel tables (header and totals rows as the
// package's table parts state them, when given).
import type ExcelJS from "exceljs";
import { type SimValue } from "../simulator";
import { cellInput } from "./cell-value";
import { type TablePart } from "./table-parts";

export interface ConvertedTable {
  name: string;
  /** e.g. "A1:C20" */
  ref: string;
  hasHeaders: boolean;
  /** Rows of a totals row left below `ref`: the model's tables have none, so they stay cells. */
  totalsRows: number;
}

export interface ConvertedSheet {
  name: string;
  /** Row-major from A1; null = empty cell. */
  values: (SimValue | null)[][];
  /** Same shape as values; null = General. */
  formats: (string | null)[][];
  tables: ConvertedTable[];
}

interface TableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
}

const REF = /^(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?)(\d+)$/i;

/** `ref` without its last `rows` rows ("A1:C10", 1 → "A1:C9"). */
function withoutLastRows(ref: string, rows: number): string {
  const m = REF.exec(ref);
  return m && rows > 0 ? `${m[1]}${Number(m[2]) - rows}` : ref;
}

function convertTable(model: TableModel, part: TablePart | undefined): ConvertedTable | null {
  const ref = part?.ref ?? model.tableRef ?? model.ref;
  if (!model.name || !ref || !ref.includes(":")) return null;
  if (!part) return { name: model.name, ref, hasHeaders: model.headerRow !== false, totalsRows: 0 };
  const totalsRows = part.totalsRowCount;
  return {
    name: model.name,
    ref: withoutLastRows(ref, totalsRows),
    hasHeaders: part.headerRowCount > 0,
    totalsRows,
  };
}

function tablesOf(
  sheet: ExcelJS.Worksheet,
  parts: ReadonlyMap<string, TablePart>,
): ConvertedTable[] {
  return sheet.getTables().flatMap((entry) => {
    const model = ((entry as unknown as { table?: TableModel }).table ?? entry) as TableModel;
    const table = convertTable(model, parts.get((model.name ?? "").toUpperCase()));
    return table ? [table] : [];
  });
}

function emptyGrid<T>(rows: number, cols: number): (T | null)[][] {
  return Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
}

const NO_PARTS: ReadonlyMap<string, TablePart> = new Map();

export function convertSheet(
  sheet: ExcelJS.Worksheet,
  parts: ReadonlyMap<string, TablePart> = NO_PARTS,
): ConvertedSheet {
  const rows = sheet.rowCount;
  const cols = sheet.columnCount;
  const values = emptyGrid<SimValue>(rows, cols);
  const formats = emptyGrid<string>(rows, cols);
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      values[r - 1][c - 1] = cellInput(cell);
      const format = cell.numFmt;
      if (format && format !== "General") formats[r - 1][c - 1] = format;
    });
  });
  return { name: sheet.name, values, formats, tables: tablesOf(sheet, parts) };
}

export function convertWorkbook(
  workbook: ExcelJS.Workbook,
  parts: ReadonlyMap<string, TablePart> = NO_PARTS,
): ConvertedSheet[] {
  return workbook.worksheets.map((sheet) => convertSheet(sheet, parts));
}
