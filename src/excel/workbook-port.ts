// The sync engine's view of the workbook: plain data in, plain data out, no Office.js types, so
// src/sync can be tested against any implementation. createOfficeWorkbookPort adapts Office.js.

import type { StageDefinition } from "../domain/pipeline/default-stages";
import type { CustomHeaderMap, RecordKind } from "../domain/records";
import type { CrmSettings } from "./workbook-settings";

/** A cell as read or written: "" is a blank cell. */
export type PortCell = string | number | boolean;

export interface TableInfo {
  readonly kind: RecordKind;
  readonly name: string;
  readonly sheet: string;
  /** Whole table including the header row, e.g. "Customers!A1:L31". */
  readonly address: string;
  /** Data rows (an empty table's placeholder row does not count). */
  readonly rowCount: number;
}

export interface ReadProgress {
  readonly kind: RecordKind;
  readonly rowsRead: number;
  readonly totalRows: number;
}

export interface ReadTableOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: AbortSignal;
  /** Also read `formulas` (doubles the bytes read); off for full syncs. */
  readonly withFormulas?: boolean;
}

export interface TablesProgress {
  /** Rows read so far over all tables. */
  readonly rowsDone: number;
  readonly totalRows: number;
}

export interface ReadTablesOptions {
  readonly onProgress?: (progress: TablesProgress) => void;
  readonly signal?: AbortSignal;
  readonly withFormulas?: boolean;
}

/** Where a table sits: its header row (1-based sheet row) and first column (0-based). */
export interface TableFrame {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly headerRow: number;
  readonly firstColumn: number;
}

export interface TableRead extends TableFrame {
  readonly rows: readonly (readonly PortCell[])[];
  readonly formulas?: readonly (readonly PortCell[])[];
  readonly address: string;
}

export interface RowRead {
  /** 1-based sheet row. */
  readonly row: number;
  readonly values: readonly PortCell[];
  readonly formulas: readonly PortCell[];
}

export interface RowsRead extends TableFrame {
  readonly rows: readonly RowRead[];
}

export interface RecordLocations extends TableFrame {
  /** 1-based sheet row of each requested ID found in the ID column (first occurrence). */
  readonly rows: ReadonlyMap<string, number>;
}

export interface CellUpdate {
  /** 1-based sheet row. */
  readonly row: number;
  /** 0-based column within the table. */
  readonly column: number;
  /** Strings are always written as text, never as formulas or numbers. */
  readonly value: PortCell;
}

export type ChangeSource = "local" | "remote" | "addin";

export interface TableChange {
  readonly kind: RecordKind;
  /** Changed range on the table's sheet, without the sheet name, e.g. "C5" or "A2:D9". */
  readonly address: string;
  readonly source: ChangeSource;
  /** "edit" for cell edits; "structure" for inserted/deleted rows or columns. */
  readonly change: "edit" | "structure";
}

export type Unsubscribe = () => Promise<void>;

export interface WorkbookPort {
  getWorkbookId(): Promise<string | undefined>;
  setWorkbookId(id: string): Promise<void>;
  /** CellCRM's settings saved in the workbook (defaults for anything not saved or damaged). */
  readSettings(): Promise<CrmSettings>;
  writeSettings(settings: CrmSettings): Promise<void>;
  /** URL or path of the open file, when the host tells it (copy detection). */
  getFileUrl(): string | undefined;
  /**
   * Creates the missing CRM tables (own sheet, canonical headers, formats, Stage drop-down; only
   * `kinds`, when given; a new table gets `extraHeaders` as columns of its own); returns every
   * CRM table.
   */
  ensureTables(
    stages: readonly StageDefinition[],
    kinds?: readonly RecordKind[],
    extraHeaders?: Partial<Record<RecordKind, readonly string[]>>,
  ): Promise<TableInfo[]>;
  /** Sets the Pipeline table's Stage drop-down to these stages (no-op without the table). */
  setStageList(
    stages: readonly StageDefinition[],
    custom?: CustomHeaderMap<"deals">,
  ): Promise<void>;
  findTables(): Promise<TableInfo[]>;
  /** Makes a user's existing sheet (its table, or its used range) the CRM table of `kind`. */
  adoptSheet(kind: RecordKind, sheetName: string): Promise<TableInfo>;
  readTable(kind: RecordKind, options?: ReadTableOptions): Promise<TableRead>;
  /** Every CRM table present, read whole (2 round trips + one per chunk beyond the probes). */
  readTables(options?: ReadTablesOptions): Promise<Map<RecordKind, TableRead>>;
  /** Re-reads only the given sheet rows (rows outside the table body are skipped). */
  readRows(kind: RecordKind, rowNumbers: readonly number[]): Promise<RowsRead>;
  /** Header row and ID column only: where records sit. */
  locateRecords(kind: RecordKind, ids: readonly string[]): Promise<RecordLocations>;
  writeCells(kind: RecordKind, updates: readonly CellUpdate[]): Promise<void>;
  /** Appends rows in table column order; returns the sheet row of the first one. */
  appendRows(kind: RecordKind, rows: readonly (readonly PortCell[])[]): Promise<number>;
  deleteRow(kind: RecordKind, rowNumber: number): Promise<void>;
  /** Selects a sheet-qualified cell, e.g. "Pipeline!F7" (jump to an issue). */
  selectCell(address: string): Promise<void>;
  onTableChanged(handler: (change: TableChange) => void): Promise<Unsubscribe>;
  /** A co-author (or this add-in) saved the workbook's settings; optional for test doubles. */
  onSettingsChanged?(handler: () => void): Promise<Unsubscribe>;
}
