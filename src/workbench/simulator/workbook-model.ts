// The in-memory workbook behind the simulated Excel API and the workbench grid: sheets, cells,
// tables, settings, charts; change batching with undo for failed requests, events, recalculation.
import { isInsideSheet, parseAddress, type Rect } from "./a1-address";
import { type SimValue } from "./cell-input";
import { writeCells } from "./cell-writes";
import { invalidArgument, itemAlreadyExists, itemNotFound } from "./errors";
import {
  EventHub,
  type CellChange,
  type ChangeOrigin,
  type ChangeType,
  type EventSourceName,
} from "./events";
import { FormulaEvaluator, type CustomFunction, type FunctionOptions } from "./formula-evaluator";
import { type SheetCells } from "./sheet-cells";
import { createTable } from "./table-ops";
import {
  SheetModel,
  freeName,
  sheetId,
  tableAddress,
  type ChartModel,
  type TableModel,
  type ValidationModel,
} from "./workbook-parts";
import { RoundTripStats } from "./round-trip-stats";
import { SettingsEventHub } from "./settings-events";
import { autoExpandTables } from "./table-auto-expand";

interface BatchState {
  undo: (() => void)[] | null;
  /** The co-author (add-in instance) whose request this is. */
  author?: string;
}

const SHEET_NAME = /^[^\\/?*[\]:]{1,31}$/;

export class WorkbookModel {
  readonly stats = new RoundTripStats();
  readonly events = new EventHub();
  readonly settings = new Map<string, unknown>();
  readonly settingsEvents = new SettingsEventHub();
  /** Who edits at the grid when co-authors share this workbook (see ChangeOrigin.author). */
  gridAuthor: string | undefined;
  readonly chartList: ChartModel[] = [];
  readonly validationList: ValidationModel[] = [];
  /**
   * Host behaviours that differ between Excel builds. formulasKeepApostrophe: whether
   * range.formulas shows text typed as '=x or '12 with its apostrophe (documented) or without it
   * (reported against Excel, the default here, so the add-in is held to the harder case).
   */
  readonly behaviour = { formulasKeepApostrophe: false };
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  private readonly sheetList: SheetModel[] = [];
  private readonly tablesList: TableModel[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly evaluator: FormulaEvaluator;
  private readonly counters = { sheet: 0, table: 0, chart: 0 };
  private batch: BatchState | null = null;
  private changes: CellChange[] = [];
  private dirty = false;

  constructor() {
    this.evaluator = new FormulaEvaluator({
      sheets: () => this.sheetList,
      sheet: (name) => this.sheet(name),
      tableColumn: (table, column) => this.tableColumn(table, column),
      resultArrived: () => {
        this.dirty = true;
        if (!this.batch) this.flush();
      },
    });
  }

  addSheet(name: string): void {
    this.createSheet(name);
    this.flush();
  }

  sheetNames(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.sheet(name) !== undefined;
  }

  /** Programmatic load (no events); "=…" strings become formulas, null leaves a cell unchanged. */
  setValues(sheet: string, topLeft: string, values: (SimValue | null)[][]): void {
    const target = this.requireSheet(sheet);
    const at = parseAddress(topLeft);
    if (!at || values.length === 0) throw invalidArgument("WorkbookModel.setValues");
    const cols = Math.max(...values.map((r) => r.length));
    const grid = values.map((r) =>
      r.length === cols ? r : [...r, ...Array(cols - r.length).fill(null)],
    );
    const rect = { row: at.rect.row, col: at.rect.col, rows: values.length, cols };
    this.mutate(target, rect, null, (cells) => writeCells(cells, rect, grid, null));
    this.flush();
  }

  getCell(
    sheet: string,
    row: number,
    col: number,
  ): { value: SimValue; formula: string; numberFormat: string } {
    const { cells } = this.requireSheet(sheet);
    this.ensureCalculated();
    return {
      value: cells.value(row, col),
      formula: cells.formula(row, col) ?? "",
      numberFormat: cells.format(row, col),
    };
  }

  /** The message beside the error a formula cell shows (Excel shows it on the error's flag). */
  errorMessage(sheet: string, row: number, col: number): string | undefined {
    const target = this.requireSheet(sheet);
    this.ensureCalculated();
    return this.evaluator.errorMessage(target, row, col);
  }

  /** Rows and columns from A1 to the bottom-right used cell (what a grid must show). */
  usedSize(sheet: string): { rows: number; cols: number } {
    const b = this.requireSheet(sheet).cells.bounds(false);
    return b ? { rows: b.row + b.rows, cols: b.col + b.cols } : { rows: 0, cols: 0 };
  }

  addTable(sheet: string, name: string, address: string, hasHeaders = true): void {
    const target = this.requireSheet(sheet);
    const at = parseAddress(address);
    if (!at) throw invalidArgument("WorkbookModel.addTable");
    this.registerTable(createTable(this, target, at.rect, hasHeaders, null), name);
    this.flush();
  }

  tables(): { name: string; sheet: string; address: string }[] {
    return this.tablesList.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: tableAddress(t),
    }));
  }

  /** As if a person typed `input` into the cell: fires onChanged with triggerSource "Unknown". */
  userEdit(
    sheet: string,
    row: number,
    col: number,
    input: string,
    source: EventSourceName = "Local",
  ): void {
    const target = this.requireSheet(sheet);
    const rect = { row, col, rows: 1, cols: 1 };
    if (!isInsideSheet(rect)) throw invalidArgument("WorkbookModel.userEdit");
    this.mutate(target, rect, { source, triggerSource: "Unknown" }, (cells) =>
      writeCells(cells, rect, [[input]], null),
    );
    autoExpandTables(this, target, rect);
    this.flush();
  }

  /** Runs what a person does (see user-actions.ts), then recalculates and delivers its events. */
  asUser(action: () => void): void {
    action();
    this.flush();
  }

  onModelChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  registerFunction(name: string, impl: CustomFunction, options?: FunctionOptions): void {
    this.evaluator.register(name, impl, options);
    this.dirty = true;
    this.flush();
  }

  // ---- internal API used by the simulated Excel objects ----

  sheet(nameOrId: string): SheetModel | undefined {
    const key = nameOrId.toUpperCase();
    return this.sheetList.find((s) => s.name.toUpperCase() === key || s.id === nameOrId);
  }

  sheets(): readonly SheetModel[] {
    return this.sheetList;
  }

  tableList(): readonly TableModel[] {
    return this.tablesList;
  }

  /** The data rows of one column of a table, found by table name and header (any case). */
  tableColumn(table: string, column: string): { sheet: SheetModel; rect: Rect } | undefined {
    const found = this.tableList().find((t) => t.name.toLowerCase() === table.toLowerCase());
    if (!found) return undefined;
    const { rect, sheet } = found;
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const header = String(sheet.cells.value(rect.row, c)).trim().toLowerCase();
      if (header === column.toLowerCase()) {
        return { sheet, rect: { row: rect.row + 1, col: c, rows: rect.rows - 1, cols: 1 } };
      }
    }
    return undefined;
  }

  requireSheet(name: string): SheetModel {
    const s = this.sheet(name);
    if (!s) throw itemNotFound(`Worksheets.getItem(${name})`);
    return s;
  }

  createSheet(name?: string): SheetModel {
    const n = ++this.counters.sheet;
    const chosen =
      name ??
      freeName(
        (i) => `Sheet${i}`,
        (x) => this.hasSheet(x),
      );
    if (!SHEET_NAME.test(chosen) || chosen.startsWith("'"))
      throw invalidArgument("WorksheetCollection.add");
    if (this.hasSheet(chosen)) throw itemAlreadyExists("WorksheetCollection.add");
    const sheet = new SheetModel(sheetId(n), chosen);
    this.sheetList.push(sheet);
    this.activeSheetId ??= sheet.id;
    this.undoable(() => this.sheetList.splice(this.sheetList.indexOf(sheet), 1));
    this.dirty = true;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.sheet(name);
    if (other && other !== sheet) throw itemAlreadyExists("Worksheet.name");
    if (!SHEET_NAME.test(name)) throw invalidArgument("Worksheet.name");
    const old = sheet.name;
    sheet.name = name;
    this.undoable(() => (sheet.name = old));
  }

  deleteSheet(sheet: SheetModel): void {
    const i = this.sheetList.indexOf(sheet);
    if (i < 0) return;
    this.sheetList.splice(i, 1);
    sheet.deleted = true;
    this.tablesList.splice(
      0,
      this.tablesList.length,
      ...this.tablesList.filter((t) => t.sheet !== sheet),
    );
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheetList[0]?.id ?? null;
    this.dirty = true;
  }

  nextTableName(): string {
    return freeName(
      (i) => `Table${i}`,
      (x) => this.tablesList.some((t) => t.name === x),
    );
  }

  registerTable(table: TableModel, name?: string): void {
    if (name !== undefined) {
      if (this.tablesList.some((t) => t.name.toUpperCase() === name.toUpperCase())) {
        throw itemAlreadyExists("TableCollection.add");
      }
      table.name = name;
    }
    table.id = String(++this.counters.table);
    this.tablesList.push(table);
    this.undoable(() => this.tablesList.splice(this.tablesList.indexOf(table), 1));
  }

  unregisterTable(table: TableModel): void {
    const i = this.tablesList.indexOf(table);
    if (i < 0) return;
    this.tablesList.splice(i, 1);
    this.undoable(() => this.tablesList.splice(i, 0, table));
  }

  nextChartName(): string {
    return `Chart ${++this.counters.chart}`;
  }

  /** Applies one change to cells, keeping undo data while batching and queueing its event. */
  mutate(
    sheet: SheetModel,
    rect: Rect,
    origin: ChangeOrigin | null,
    apply: (cells: SheetCells) => void,
    changeType?: ChangeType,
  ): void {
    if (this.batch?.undo) {
      const snap = sheet.cells.snapshot(rect);
      this.batch.undo.push(() => sheet.cells.restore(snap));
    }
    const single = rect.rows === 1 && rect.cols === 1;
    const before = single ? sheet.cells.value(rect.row, rect.col) : undefined;
    apply(sheet.cells);
    this.dirty = true;
    const author = origin?.author ?? this.batch?.author ?? this.gridAuthor;
    if (origin)
      this.changes.push({
        sheetId: sheet.id,
        rect,
        origin: { ...origin, author },
        before,
        changeType,
      });
  }

  undoable(undo: () => void): void {
    this.batch?.undo?.push(undo);
  }

  /** Starts a request; with `undoable`, everything it changes can be rolled back. */
  beginBatch(undoable: boolean, author?: string): void {
    this.batch = { undo: undoable ? [] : null, author };
  }

  endBatch(rollback: boolean): void {
    const undo = this.batch?.undo;
    this.batch = null;
    if (rollback && undo) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]();
      this.changes = [];
      this.settingsEvents.discard();
    }
    this.flush();
  }

  ensureCalculated(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.evaluator.recalculate();
  }

  private flush(): void {
    if (this.batch) return;
    this.ensureCalculated();
    const changes = this.changes;
    this.changes = [];
    for (const c of changes) {
      const sheet = this.sheet(c.sheetId);
      if (sheet && c.before !== undefined) c.after = sheet.cells.value(c.rect.row, c.rect.col);
    }
    this.events.dispatch(changes);
    this.settingsEvents.dispatch();
    for (const listener of [...this.listeners]) listener();
  }
}
