// Writing and reading rectangles of cells the way Range.values / formulas / numberFormat / text do:
// shape checks, scalar broadcast, null = "leave unchanged", and Excel's input interpretation.
import { type Rect } from "./a1-address";
import {
  formulaOf,
  needsQuotePrefix,
  parseTypedText,
  TEXT_FORMAT,
  type SimValue,
} from "./cell-input";
import { invalidArgument } from "./errors";
import { cellKey, GENERAL, type SheetCells } from "./sheet-cells";

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#FIELD!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
]);

export function isErrorValue(v: unknown): boolean {
  return typeof v === "string" && v.startsWith("#") && ERROR_VALUES.has(v);
}

/** Throws InvalidArgument unless `input` is a scalar or a grid of scalars shaped like `rect`. */
export function checkGrid(input: unknown, rect: Rect, location: string): unknown[][] | null {
  if (!isArray(input)) {
    if (isCellInput(input)) return null;
    throw invalidArgument(location);
  }
  const mismatch = () =>
    invalidArgument(
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  if (input.length !== rect.rows) throw mismatch();
  for (const row of input) {
    if (!isArray(row) || row.length !== rect.cols) throw mismatch();
    for (const v of row) if (!isCellInput(v)) throw invalidArgument(location);
  }
  return input as unknown[][];
}

const { isFinite } = Number;
const { isArray } = Array;

function isCellInput(v: unknown): boolean {
  const t = typeof v;
  return (
    v === null || t === "string" || t === "boolean" || (t === "number" && isFinite(v as number))
  );
}

/** Writes what a person or Range.values/formulas would: "=…" → formula, "12" → 12, "'x" → text. */
export function writeInput(
  cells: SheetCells,
  row: number,
  col: number,
  v: string,
  dst: SimValue[],
): void {
  const textCell = cells.format(row, col) === TEXT_FORMAT;
  if (v.length > 0 && !textCell) {
    if (v.charCodeAt(0) === 39) {
      dst[col] = v.slice(1);
      return;
    }
    const formula = formulaOf(v, false);
    if (formula !== null) {
      cells.setFormula(row, col, formula);
      return;
    }
    const typed = parseTypedText(v);
    if (typed) {
      dst[col] = typed.value;
      if (typed.format && cells.format(row, col) === GENERAL)
        cells.setFormat(row, col, typed.format);
      return;
    }
  }
  dst[col] = v;
}

/** Range.values / Range.formulas setter semantics (both interpret input the same way). */
export function writeCells(
  cells: SheetCells,
  rect: Rect,
  grid: unknown[][] | null,
  scalar: unknown,
): void {
  const keyed = () => cells.formulas.size > 0 || cells.spillOwners.size > 0;
  for (let i = 0; i < rect.rows; i++) {
    const src = grid ? grid[i] : null;
    const r = rect.row + i;
    const dst = cells.valueRow(r, rect.col + rect.cols);
    for (let j = 0; j < rect.cols; j++) {
      const v = src ? src[j] : scalar;
      if (v === null || v === undefined) continue;
      const c = rect.col + j;
      if (keyed()) {
        cells.formulas.delete(cellKey(r, c));
        cells.spillOwners.delete(cellKey(r, c));
      }
      if (typeof v === "string") writeInput(cells, r, c, v, dst);
      else dst[c] = v as SimValue;
    }
  }
}

export function writeFormats(
  cells: SheetCells,
  rect: Rect,
  grid: unknown[][] | null,
  scalar: unknown,
): void {
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      const v = grid ? grid[i][j] : scalar;
      if (v === null || v === undefined) continue;
      cells.setFormat(rect.row + i, rect.col + j, v === "" ? GENERAL : String(v));
    }
  }
}

/**
 * Range.formulas getter: formula text, else the constant; with `keepApostrophe`, "'" before text
 * that would re-parse (as documented), without it as Excel has been reported to return it.
 */
export function readFormulas(cells: SheetCells, rect: Rect, keepApostrophe = true): SimValue[][] {
  const out = cells.readValues(rect);
  for (let i = 0; i < rect.rows; i++) {
    const row = out[i];
    for (let j = 0; j < rect.cols; j++) {
      const f = cells.formula(rect.row + i, rect.col + j);
      if (f !== undefined) row[j] = f;
      else if (!keepApostrophe) continue;
      else if (typeof row[j] === "string" && row[j] !== "" && needsQuote(cells, rect, i, j, row)) {
        row[j] = "'" + row[j];
      }
    }
  }
  return out;
}

function needsQuote(cells: SheetCells, rect: Rect, i: number, j: number, row: SimValue[]): boolean {
  if (cells.spillOwners.has(cellKey(rect.row + i, rect.col + j))) return false;
  if (isErrorValue(row[j])) return false;
  return (
    cells.format(rect.row + i, rect.col + j) !== TEXT_FORMAT && needsQuotePrefix(row[j] as string)
  );
}

function displayText(v: SimValue, format: string): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "number") return v;
  if (format.endsWith("%")) return `${Math.round(v * 100)}%`;
  if (format === "yyyy-mm-dd") {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000).toISOString().slice(0, 10);
  }
  return String(v);
}

export function readText(cells: SheetCells, rect: Rect): string[][] {
  const values = cells.readValues(rect);
  return values.map((row, i) =>
    row.map((v, j) => displayText(v, cells.format(rect.row + i, rect.col + j))),
  );
}

export function valueType(v: SimValue): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return isErrorValue(v) ? "Error" : "String";
}

export function readValueTypes(cells: SheetCells, rect: Rect): string[][] {
  return cells.readValues(rect).map((row) => row.map(valueType));
}
