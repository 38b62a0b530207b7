// An ExcelJS workbook → plain sheets for the model: a values grid from A1 to the last used cell,
// the number formats that are not General, and the Excel tables.
import type ExcelJS from "exceljs";
import { type SimValue } from "../simulator";
import { cellInput } from "./cell-value";

export interface ConvertedTable {
  name: string;
  /** e.g. "A1:C20" */
  ref: string;
  hasHeaders: boolean;
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

function tablesOf(sheet: ExcelJS.Worksheet): ConvertedTable[] {
  return sheet.getTables().flatMap((entry) => {
    const model = ((entry as unknown as { table?: TableModel }).table ?? entry) as TableModel;
    const ref = model.tableRef ?? model.ref;
    if (!model.name || !ref || !ref.includes(":")) return [];
    return [{ name: model.name, ref, hasHeaders: model.headerRow !== false }];
  });
}

function emptyGrid<T>(rows: number, cols: number): (T | null)[][] {
  return Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
}

export function convertSheet(sheet: ExcelJS.Worksheet): ConvertedSheet {
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
  return { name: sheet.name, values, formats, tables: tablesOf(sheet) };
}

export function convertWorkbook(workbook: ExcelJS.Workbook): ConvertedSheet[] {
  return workbook.worksheets.map(convertSheet);
}
