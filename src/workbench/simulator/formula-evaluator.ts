// Computes =NAME(…) formulas whose NAME was registered (custom functions such as CRM.NPV) or is
// one of the few built-ins (builtin-functions.ts), and lone operands (={1,2;3,4}, =N2#, =A1:B3):
// full re-evaluation after each change, results cached per argument values, spills, #BUSY! while
// a Promise is pending, streaming functions with setResult/onCanceled, and Excel's rule for
// error inputs. A returned CustomFunctions.Error's message is kept beside the error it shows.
import { MAX_COLS, MAX_ROWS, type Rect } from "./a1-address";
import { builtinFunction } from "./builtin-functions";
import { type SimValue } from "./cell-input";
import { isErrorValue } from "./cell-writes";
import { parseFormula, type FormulaArg, type FormulaCall } from "./formula-parser";
import { cellKey, type SheetCells } from "./sheet-cells";
import { SpillRanges } from "./spill-ranges";

export type CustomFunction = (...args: unknown[]) => unknown;
export interface FunctionOptions {
  /** Called with a trailing { setResult, onCanceled } invocation; may set results many times. */
  streaming?: boolean;
  /**
   * Declared parameters (functions.json): Excel passes null for each one a formula leaves out,
   * whatever the JavaScript function's length. Without it, the function's length is used.
   */
  parameters?: number;
  /**
   * Per declared parameter: true when an error in it reaches the function. Excel calls a custom
   * function only when no argument holds an error, unless functions.json has the top-level
   * "allowErrorForDataTypeAny": true — then every `any`/`any[][]` parameter receives errors
   * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany,
   * custom-functions-errors#errors-as-custom-function-inputs). Such a cell arrives as an object
   * shaped like CustomFunctions.Error ({ code }); the docs do not promise a message with it.
   */
  allowErrors?: readonly boolean[];
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
type Registered = {
  impl: CustomFunction;
  streaming: boolean;
  parameters?: number;
  allowErrors: readonly boolean[];
};

interface ShownError {
  code: string;
  message?: string;
}

/**
 * A thrown or returned CustomFunctions.Error (or domain {kind: "error"}) shows as its code, with
 * its message; anything else thrown is Excel's #VALUE! for an unhandled exception.
 */
function shownError(e: unknown): ShownError {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== "string" || !code.startsWith("#")) return { code: "#VALUE!" };
  // the workbench's CustomFunctions.Error, like a JS Error, uses the code when given no message
  const said = typeof message === "string" && message !== "" && message !== code;
  return said ? { code, message } : { code };
}

function toCellValue(v: unknown): SimValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  return shownError(v).code;
}

/** The first error among the cells read for an argument, row-major as Excel scans a range. */
function firstError(value: unknown): string | undefined {
  if (!Array.isArray(value)) return isErrorValue(value) ? (value as string) : undefined;
  for (const row of value as unknown[][]) {
    for (const cell of row) if (isErrorValue(cell)) return cell as string;
  }
  return undefined;
}

/** Error cells as CustomFunctions.Error-shaped objects, for a parameter that accepts errors. */
function errorsAsObjects(value: unknown): unknown {
  if (!Array.isArray(value)) return isErrorValue(value) ? { code: value } : value;
  return (value as unknown[][]).map((row) => row.map(errorsAsObjects));
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as { then?: unknown } | null)?.then === "function";
}

export class FormulaEvaluator {
  private readonly fns = new Map<string, Registered>();
  private readonly states = new Map<string, CellState>();
  /** Sheet id → cellKey → the error shown there with its message, from the last placement. */
  private readonly messages = new Map<string, Map<number, ShownError>>();
  private readonly spills = new SpillRanges();

  constructor(private readonly host: EvalHost) {}

  register(name: string, impl: CustomFunction, options: FunctionOptions = {}): void {
    const { parameters, allowErrors = [] } = options;
    const streaming = options.streaming === true;
    this.fns.set(name.toUpperCase(), { impl, streaming, parameters, allowErrors });
  }

  /** The message of the error a cell shows now (a CustomFunctions.Error's), if it has one. */
  errorMessage(sheet: EvalSheet, row: number, col: number): string | undefined {
    const shown = this.messages.get(sheet.id)?.get(cellKey(row, col));
    // the map is rebuilt on recalculation; a cell overwritten since then no longer shows it
    return shown && sheet.cells.value(row, col) === shown.code ? shown.message : undefined;
  }

  recalculate(): void {
    const sheets = this.host.sheets();
    let count = 0;
    for (const s of sheets) count += s.cells.formulas.size;
    if (count === 0 && this.states.size === 0) return;
    this.messages.clear();
    // spills are blanked once, not per pass, so a formula reading one sees the last pass's
    for (const s of sheets) this.spills.reset(s.cells);
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
    for (const [key, formula] of [...sheet.cells.formulas]) {
      const id = `${sheet.id}:${key}`;
      seen.add(id);
      this.place(sheet, key, this.evaluate(sheet, formula, id));
    }
  }

  private evaluate(sheet: EvalSheet, formula: string, id: string): unknown {
    const parsed = parseFormula(formula);
    if (!parsed) return "";
    if (parsed.kind === "operand") return this.operand(parsed.operand, sheet);
    const call: FormulaCall = parsed;
    const fn = this.fns.get(call.name.toUpperCase());
    if (!fn) return this.builtin(call, sheet);
    const args: unknown[] = [];
    for (const [i, arg] of call.args.entries()) {
      const value = this.argument(arg, sheet);
      if (value === undefined) return "#REF!";
      // a quoted "#N/A" is text; only cells and typed error literals hold errors
      if (arg.kind === "literal") {
        args.push(value);
      } else if (fn.allowErrors[i] === true) {
        args.push(errorsAsObjects(value));
      } else {
        const error = firstError(value);
        if (error !== undefined) return this.refuse(id, error);
        args.push(value);
      }
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

  /** A lone operand shows its value; an empty cell shows 0, as =A1 does in Excel. */
  private operand(arg: FormulaArg, sheet: EvalSheet): unknown {
    const value = this.argument(arg, sheet);
    if (value === undefined) return "#REF!";
    const zeroed = (v: unknown) => (v === "" || v === null ? 0 : v);
    if (!Array.isArray(value)) return zeroed(value);
    return (value as unknown[][]).map((row) => row.map(zeroed));
  }

  private builtin(call: FormulaCall, sheet: EvalSheet): unknown {
    const impl = builtinFunction(call.name);
    if (!impl) return call.name.includes(".") ? "#NAME?" : "";
    const args = [];
    for (const arg of call.args) {
      const value = this.argument(arg, sheet);
      if (value === undefined) return "#REF!";
      args.push({ value, direct: arg.kind === "literal" || arg.kind === "error" });
    }
    return impl(args);
  }

  /** Excel does not call the function: the cell shows the input's error, and a stream stops. */
  private refuse(id: string, error: string): string {
    this.states.get(id)?.cancel?.();
    this.states.delete(id);
    return error;
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
      else r.then(settle, (e: unknown) => settle(shownError(e)));
    } catch (e) {
      state.result = shownError(e);
    }
  }

  private argument(arg: FormulaArg, sheet: EvalSheet): unknown {
    if (arg.kind === "literal") return arg.value;
    if (arg.kind === "error") return arg.code;
    if (arg.kind === "array") return arg.rows;
    if (arg.kind === "column") {
      const found = this.host.tableColumn(arg.table, arg.column);
      return found ? found.sheet.cells.readValues(found.rect) : undefined;
    }
    const target = arg.sheet === undefined ? sheet : this.host.sheet(arg.sheet);
    if (!target) return undefined;
    if (arg.kind === "spill") {
      // Excel's #REF! for A1# when A1 holds no spilling formula
      const range = this.spills.rangeOf(target.cells, arg.row, arg.col);
      return range ? target.cells.readValues(range) : undefined;
    }
    if (arg.single) return target.cells.value(arg.rect.row, arg.rect.col);
    return target.cells.readValues(clampToUsed(arg.rect, target.cells));
  }

  private place(sheet: EvalSheet, key: number, result: unknown): void {
    const { cells } = sheet;
    const row = Math.floor(key / MAX_COLS);
    const col = key % MAX_COLS;
    this.spills.release(cells, row, col);
    if (!Array.isArray(result)) {
      this.show(sheet, row, col, result);
      return;
    }
    const grid = (Array.isArray(result[0]) ? result : [result]) as unknown[][];
    const extent = { rows: grid.length, cols: Math.max(1, ...grid.map((line) => line.length)) };
    // an empty array is Excel's #CALC!
    const empty = grid.every((line) => line.length === 0);
    if (empty || !this.spills.fits(cells, row, col, extent)) {
      cells.setComputed(row, col, empty ? "#CALC!" : "#SPILL!");
      return;
    }
    this.spills.claim(cells, row, col, extent);
    grid.forEach((line, i) => line.forEach((v, j) => this.show(sheet, row + i, col + j, v)));
  }

  private show(sheet: EvalSheet, row: number, col: number, v: unknown): void {
    sheet.cells.setComputed(row, col, toCellValue(v));
    const shown = v !== null && typeof v === "object" ? shownError(v) : undefined;
    let bySheet = this.messages.get(sheet.id);
    if (shown?.message === undefined) return void bySheet?.delete(cellKey(row, col));
    if (!bySheet) this.messages.set(sheet.id, (bySheet = new Map()));
    bySheet.set(cellKey(row, col), shown);
  }
}

/** Whole columns (A:A) would be a million rows; Excel passes them too, but the used part suffices. */
function clampToUsed(rect: Rect, cells: SheetCells): Rect {
  if (rect.rows < MAX_ROWS) return rect;
  const used = cells.bounds(true);
  const rows = used ? used.row + used.rows : 1;
  return { ...rect, rows };
}
