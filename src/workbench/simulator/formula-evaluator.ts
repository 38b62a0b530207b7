// Computes =NAME(…) formulas whose NAME was registered (custom functions such as CRM.NPV):
// full re-evaluation after each change, results cached per argument values, spills, #BUSY! while
// a Promise is pending, and streaming functions with setResult/onCanceled.
import { MAX_COLS, MAX_ROWS, type Rect } from "./a1-address";
import { type SimValue } from "./cell-input";
import { parseCall, type FormulaArg } from "./formula-parser";
import { cellKey, type SheetCells } from "./sheet-cells";

export type CustomFunction = (...args: unknown[]) => unknown;
export interface FunctionOptions {
  /** Called with a trailing { setResult, onCanceled } invocation; may set results many times. */
  streaming?: boolean;
  /**
   * Declared parameters (functions.json): Excel passes null for each one a formula leaves out,
   * whatever the JavaScript function's length. Without it, the function's length is used.
   */
  parameters?: number;
}

export interface EvalSheet {
  id: string;
  name: string;
  cells: SheetCells;
}

export interface EvalHost {
  sheets(): readonly EvalSheet[];
  sheet(name: string): EvalSheet | undefined;
  /** The data rows of a table's column (Table[Column]); undefined when there is none. */
  tableColumn(table: string, column: string): { sheet: EvalSheet; rect: Rect } | undefined;
  /** An asynchronous or streamed result arrived: recalculate and re-render. */
  resultArrived(): void;
}

interface CellState {
  formula: string;
  argsKey: string;
  result: unknown;
  cancel?: () => void;
}

const BUSY = "#BUSY!";
type Registered = { impl: CustomFunction; streaming: boolean; parameters?: number };

/** A thrown Error or returned {code: "#NUM!"}-like object becomes its error code text. */
function errorText(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
}

function toCellValue(v: unknown): SimValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  return errorText(v);
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as { then?: unknown } | null)?.then === "function";
}

export class FormulaEvaluator {
  private readonly fns = new Map<string, Registered>();
  private readonly states = new Map<string, CellState>();

  constructor(private readonly host: EvalHost) {}

  register(name: string, impl: CustomFunction, options: FunctionOptions = {}): void {
    const { parameters } = options;
    this.fns.set(name.toUpperCase(), { impl, streaming: options.streaming === true, parameters });
  }

  recalculate(): void {
    const sheets = this.host.sheets();
    let count = 0;
    for (const s of sheets) count += s.cells.formulas.size;
    if (count === 0 && this.states.size === 0) return;
    const seen = new Set<string>();
    // chained formulas settle in a few passes; cached results make extra passes cheap
    for (let pass = 0; pass < Math.min(count, 3); pass++) {
      for (const sheet of sheets) this.evaluateSheet(sheet, seen);
    }
    for (const [id, state] of this.states) {
      if (!seen.has(id)) {
        state.cancel?.();
        this.states.delete(id);
      }
    }
  }

  private evaluateSheet(sheet: EvalSheet, seen: Set<string>): void {
    const { cells } = sheet;
    for (const key of cells.spillOwners.keys()) {
      cells.setComputed(Math.floor(key / MAX_COLS), key % MAX_COLS, "");
    }
    cells.spillOwners.clear();
    for (const [key, formula] of [...cells.formulas]) {
      const id = `${sheet.id}:${key}`;
      seen.add(id);
      this.place(cells, key, this.evaluate(sheet, formula, id));
    }
  }

  private evaluate(sheet: EvalSheet, formula: string, id: string): unknown {
    const call = parseCall(formula);
    if (!call) return "";
    const fn = this.fns.get(call.name.toUpperCase());
    if (!fn) return call.name.includes(".") ? "#NAME?" : "";
    const args: unknown[] = [];
    for (const arg of call.args) {
      const value = this.argument(arg, sheet);
      if (value === undefined) return "#REF!";
      args.push(value);
    }
    const argsKey = `${call.name.toUpperCase()}${JSON.stringify(args)}`;
    const old = this.states.get(id);
    if (old && old.formula === formula && old.argsKey === argsKey) return old.result;
    old?.cancel?.();
    const state: CellState = { formula, argsKey, result: BUSY };
    this.states.set(id, state);
    this.invoke(fn, args, state, id);
    return state.result;
  }

  private invoke(fn: Registered, args: unknown[], state: CellState, id: string): void {
    const arity = fn.parameters ?? (fn.streaming ? fn.impl.length - 1 : fn.impl.length);
    // Excel refuses such a formula as it is typed; the cell can only show an error here
    if (fn.parameters !== undefined && args.length > arity) return void (state.result = "#VALUE!");
    while (args.length < arity) args.push(null);
    const settle = (v: unknown) => {
      if (this.states.get(id) !== state) return;
      state.result = v;
      this.host.resultArrived();
    };
    if (fn.streaming) {
      let settled = false;
      const invocation = {
        setResult: (v: unknown) => (settled ? settle(v) : (state.result = v)),
        onCanceled: undefined as (() => void) | undefined,
      };
      state.cancel = () => invocation.onCanceled?.();
      fn.impl(...args, invocation);
      settled = true;
      return;
    }
    try {
      const r = fn.impl(...args);
      if (!isThenable(r)) state.result = r;
      else r.then(settle, (e: unknown) => settle(errorText(e)));
    } catch (e) {
      state.result = errorText(e);
    }
  }

  private argument(arg: FormulaArg, sheet: EvalSheet): unknown {
    if (arg.kind === "literal") return arg.value;
    if (arg.kind === "column") {
      const found = this.host.tableColumn(arg.table, arg.column);
      return found ? found.sheet.cells.readValues(found.rect) : undefined;
    }
    const target = arg.sheet === undefined ? sheet : this.host.sheet(arg.sheet);
    if (!target) return undefined;
    if (arg.single) return target.cells.value(arg.rect.row, arg.rect.col);
    return target.cells.readValues(clampToUsed(arg.rect, target.cells));
  }

  private place(cells: SheetCells, key: number, result: unknown): void {
    const row = Math.floor(key / MAX_COLS);
    const col = key % MAX_COLS;
    if (!Array.isArray(result)) {
      cells.setComputed(row, col, toCellValue(result));
      return;
    }
    const grid = (Array.isArray(result[0]) ? result : [result]) as unknown[][];
    if (!this.canSpill(cells, row, col, grid)) {
      cells.setComputed(row, col, "#SPILL!");
      return;
    }
    grid.forEach((line, i) =>
      line.forEach((v, j) => {
        cells.setComputed(row + i, col + j, toCellValue(v));
        if (i > 0 || j > 0) cells.spillOwners.set(cellKey(row + i, col + j), key);
      }),
    );
  }

  private canSpill(cells: SheetCells, row: number, col: number, grid: unknown[][]): boolean {
    for (let i = 0; i < grid.length; i++) {
      if (row + i >= MAX_ROWS) return false;
      for (let j = 0; j < grid[i].length; j++) {
        if (i === 0 && j === 0) continue;
        if (col + j >= MAX_COLS) return false;
        if (cells.value(row + i, col + j) !== "" || cells.formula(row + i, col + j) !== undefined) {
          return false;
        }
      }
    }
    return true;
  }
}

/** Whole columns (A:A) would be a million rows; Excel passes them too, but the used part suffices. */
function clampToUsed(rect: Rect, cells: SheetCells): Rect {
  if (rect.rows < MAX_ROWS) return rect;
  const used = cells.bounds(true);
  const rows = used ? used.row + used.rows : 1;
  return { ...rect, rows };
}
