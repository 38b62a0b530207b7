// Dense cell storage of one worksheet: values as arrays of rows (no per-cell objects), number
// formats likewise (allocated only where set), formulas and spill ownership in sparse maps.
import { MAX_COLS, type Rect } from "./a1-address";
import { type SimValue } from "./cell-input";

export const GENERAL = "General";

// bound once: global lookups are slow inside jest's sandbox, and these run once per row
const ArrayOf = Array;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

/** Contents of a rectangle, for undoing a failed batch. */
export interface CellSnapshot {
  rect: Rect;
  values: SimValue[][];
  formats: string[][];
  formulas: [number, string][];
}

export class SheetCells {
  private readonly values: (SimValue[] | undefined)[] = [];
  private readonly formats: (string[] | undefined)[] = [];
  /** Formula text by cellKey; the cell's value holds the last computed result. */
  readonly formulas = new Map<number, string>();
  /** Spilled cell key → key of the formula cell that spilled into it. */
  readonly spillOwners = new Map<number, number>();
  /** Incremented on every change; caches compare against it. */
  version = 0;

  value(row: number, col: number): SimValue {
    const v = this.values[row]?.[col];
    return v === undefined ? "" : v;
  }

  format(row: number, col: number): string {
    return this.formats[row]?.[col] ?? GENERAL;
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas.size === 0 ? undefined : this.formulas.get(cellKey(row, col));
  }

  /** True when some cell of the rectangle has the Text format. */
  hasTextFormat(rect: Rect): boolean {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const f = this.formats[r];
      if (!f) continue;
      for (let c = rect.col; c < rect.col + rect.cols; c++) if (f[c] === "@") return true;
    }
    return false;
  }

  /** Row array for writing, padded with blanks so it never has holes. */
  valueRow(row: number, width: number): SimValue[] {
    let r = this.values[row];
    if (!r) r = this.values[row] = [];
    while (r.length < width) r.push("");
    this.version++;
    return r;
  }

  readValues(rect: Rect): SimValue[][] {
    const out: SimValue[][] = new ArrayOf(rect.rows);
    const end = rect.col + rect.cols;
    for (let i = 0; i < rect.rows; i++) {
      const src = this.values[rect.row + i];
      if (src && src.length >= end) {
        out[i] = src.slice(rect.col, end);
        continue;
      }
      const row: SimValue[] = new ArrayOf(rect.cols);
      for (let c = 0; c < rect.cols; c++) {
        const v = src?.[rect.col + c];
        row[c] = v === undefined ? "" : v;
      }
      out[i] = row;
    }
    return out;
  }

  readFormats(rect: Rect): string[][] {
    const out: string[][] = new ArrayOf(rect.rows);
    for (let i = 0; i < rect.rows; i++) {
      const src = this.formats[rect.row + i];
      const row: string[] = new ArrayOf(rect.cols);
      for (let c = 0; c < rect.cols; c++) row[c] = src?.[rect.col + c] ?? GENERAL;
      out[i] = row;
    }
    return out;
  }

  setValue(row: number, col: number, value: SimValue): void {
    this.valueRow(row, col + 1)[col] = value;
    if (this.formulas.size > 0) this.formulas.delete(cellKey(row, col));
    if (this.spillOwners.size > 0) this.spillOwners.delete(cellKey(row, col));
  }

  setFormula(row: number, col: number, formula: string): void {
    const key = cellKey(row, col);
    if (this.formulas.get(key) !== formula) this.valueRow(row, col + 1)[col] = "";
    this.formulas.set(key, formula);
    this.spillOwners.delete(key);
    this.version++;
  }

  /** Writes a calculated value without touching the cell's formula. */
  setComputed(row: number, col: number, value: SimValue): void {
    this.valueRow(row, col + 1)[col] = value;
  }

  setFormat(row: number, col: number, format: string): void {
    let f = this.formats[row];
    if (!f) {
      if (format === GENERAL) return;
      f = this.formats[row] = [];
    }
    f[col] = format;
    this.version++;
  }

  clearContents(rect: Rect): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const src = this.values[r];
      if (!src) continue;
      const end = Math.min(src.length, rect.col + rect.cols);
      for (let c = rect.col; c < end; c++) src[c] = "";
    }
    this.forgetKeys(rect);
    this.version++;
  }

  clearFormats(rect: Rect): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const f = this.formats[r];
      if (f) for (let c = rect.col; c < rect.col + rect.cols && c < f.length; c++) delete f[c];
    }
    this.version++;
  }

  snapshot(rect: Rect): CellSnapshot {
    const formulas: [number, string][] = [];
    for (const [key, text] of this.formulas) {
      if (inRect(key, rect)) formulas.push([key, text]);
    }
    return { rect, values: this.readValues(rect), formats: this.readFormats(rect), formulas };
  }

  restore(s: CellSnapshot): void {
    this.clearContents(s.rect);
    for (let i = 0; i < s.rect.rows; i++) {
      const row = this.valueRow(s.rect.row + i, s.rect.col + s.rect.cols);
      for (let c = 0; c < s.rect.cols; c++) {
        row[s.rect.col + c] = s.values[i][c];
        this.setFormat(s.rect.row + i, s.rect.col + c, s.formats[i][c]);
      }
    }
    for (const [key, text] of s.formulas) this.formulas.set(key, text);
  }

  /** Last row index + 1 that has any stored content (values or formats). */
  storedRows(): number {
    return Math.max(this.values.length, this.formats.length);
  }

  /** Bounding box of non-blank values (and formulas and non-General formats unless valuesOnly). */
  bounds(valuesOnly: boolean): Rect | null {
    // every write bumps `version`, so a cached box is valid while the version is unchanged
    const cached = this.boundsCache[valuesOnly ? 1 : 0];
    if (cached && cached.version === this.version) return cached.rect;
    const rect = this.scanBounds(valuesOnly);
    this.boundsCache[valuesOnly ? 1 : 0] = { version: this.version, rect };
    return rect;
  }

  private readonly boundsCache: ({ version: number; rect: Rect | null } | undefined)[] = [];

  private scanBounds(valuesOnly: boolean): Rect | null {
    const box = { r0: -1, r1: -1, c0: Infinity, c1: -1 };
    const rows = valuesOnly ? this.values.length : this.storedRows();
    for (let r = 0; r < rows; r++) {
      const [lo, hi] = this.rowExtent(r, valuesOnly);
      if (hi >= 0) extend(box, r, lo, hi);
    }
    if (!valuesOnly) {
      for (const key of this.formulas.keys()) {
        const c = key % MAX_COLS;
        extend(box, Math.floor(key / MAX_COLS), c, c);
      }
    }
    if (box.r0 < 0) return null;
    return { row: box.r0, col: box.c0, rows: box.r1 - box.r0 + 1, cols: box.c1 - box.c0 + 1 };
  }

  private rowExtent(r: number, valuesOnly: boolean): [number, number] {
    let lo = Infinity;
    let hi = -1;
    const v = this.values[r];
    if (v) {
      let c = 0;
      while (c < v.length && v[c] === "") c++;
      lo = c;
      c = v.length - 1;
      while (c >= 0 && v[c] === "") c--;
      hi = c;
    }
    const f = valuesOnly ? undefined : this.formats[r];
    f?.forEach((fmt, c) => {
      if (fmt === GENERAL) return;
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    });
    return [lo, hi];
  }

  /** Moves the cells of columns [col, col+cols) at and below `row` down by `count` rows. */
  insertDown(row: number, col: number, cols: number, count: number): void {
    for (let r = this.storedRows() - 1; r >= row; r--) {
      for (let c = col; c < col + cols; c++) this.moveCell(r, c, r + count);
    }
    this.shiftKeys(row, col, cols, count);
    this.version++;
  }

  /** Deletes rows [row, row+count) of columns [col, col+cols), moving the cells below up. */
  deleteUp(row: number, col: number, cols: number, count: number): void {
    this.forgetKeys({ row, col, rows: count, cols });
    const last = this.storedRows();
    for (let r = row + count; r < last; r++) {
      for (let c = col; c < col + cols; c++) this.moveCell(r, c, r - count);
    }
    for (let r = Math.max(row, last - count); r < last; r++) {
      for (let c = col; c < col + cols; c++) this.moveCell(last + count, c, r);
    }
    this.shiftKeys(row + count, col, cols, -count);
    this.version++;
  }

  private moveCell(r: number, c: number, to: number): void {
    const v = this.values[r]?.[c];
    if (v !== undefined && v !== "") {
      this.valueRow(to, c + 1)[c] = v;
      this.values[r]![c] = "";
    } else {
      const d = this.values[to];
      if (d && c < d.length) d[c] = "";
    }
    const f = this.formats[r]?.[c];
    if (f !== undefined) {
      this.setFormat(to, c, f);
      delete this.formats[r]![c];
    } else if (this.formats[to]) {
      delete this.formats[to]![c];
    }
  }

  private shiftKeys(row: number, col: number, cols: number, count: number): void {
    const moved: [number, string][] = [];
    for (const [key, text] of this.formulas) {
      const r = Math.floor(key / MAX_COLS),
        c = key % MAX_COLS;
      if (r >= row && c >= col && c < col + cols) moved.push([key, text]);
    }
    for (const [key] of moved) this.formulas.delete(key);
    for (const [key, text] of moved) this.formulas.set(key + count * MAX_COLS, text);
    this.spillOwners.clear();
  }

  private forgetKeys(rect: Rect): void {
    for (const map of [this.formulas, this.spillOwners] as Map<number, unknown>[]) {
      if (map.size === 0) continue;
      for (const key of [...map.keys()]) if (inRect(key, rect)) map.delete(key);
    }
  }
}

function inRect(key: number, rect: Rect): boolean {
  const r = Math.floor(key / MAX_COLS),
    c = key % MAX_COLS;
  return r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols;
}

function extend(
  box: { r0: number; r1: number; c0: number; c1: number },
  r: number,
  lo: number,
  hi: number,
): void {
  if (box.r0 < 0 || r < box.r0) box.r0 = r;
  if (r > box.r1) box.r1 = r;
  if (lo < box.c0) box.c0 = lo;
  if (hi > box.c1) box.c1 = hi;
}
