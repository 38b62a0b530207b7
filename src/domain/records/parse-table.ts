// Reads a whole table (header row + data rows) as the sync engine gets it from one range read:
// maps headers, parses each row, and reports duplicate IDs — a later row reusing an ID is an
// issue, never an overwrite of the first. Missing required columns stop the table with issues.

import type { CellValue } from "../values";
import { cellAddress, columnLetter } from "./a1-address";
import { type DateOrder, type DateOrderDecision, detectDateOrder } from "./detect-date-order";
import {
  type DecimalDecision,
  type DecimalSeparator,
  detectDecimalSeparator,
} from "./detect-decimal-separator";
import { type CustomHeaderMap, type HeaderMapping, mapHeaders } from "./map-headers";
import type { IdGenerator } from "./new-id";
import type { RowIdMinter } from "./row-content-id";
import type { ParseOptions } from "./parse-options";
import { parseRow } from "./parse-row";
import type { FieldOf, RecordOf } from "./records";
import type { RecordKind } from "./record-kind";
import { type RowContext, letterOf } from "./row-context";
import type { RowIssue } from "./row-issue";
import { unswapConvertedDate } from "./unswap-converted-date";
import { readAsByField, unswapsSerials } from "./column-readings";
import { schemaFor } from "./table-schemas";

export interface TableInput {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Formulas of the same rows, when read. */
  readonly formulas?: readonly (readonly CellValue[])[];
  /** 1-based sheet row of the header row; data starts on the next row. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column; default 0. */
  readonly firstColumn?: number;
}

export interface ParseTableOptions<K extends RecordKind> extends ParseOptions {
  readonly customHeaders?: CustomHeaderMap<K>;
  readonly newId?: IdGenerator | RowIdMinter;
  /** The user's choice per date field; a field without one is decided by its column. */
  readonly dateOrders?: Readonly<Partial<Record<FieldOf<K>, DateOrder>>>;
}

export interface ParsedTable<K extends RecordKind> {
  readonly mapping: HeaderMapping<K>;
  /** Records by ID, in sheet order. */
  readonly records: Map<string, RecordOf<K>>;
  /** 1-based sheet row of every record. */
  readonly rowOf: Map<string, number>;
  /** IDs minted for rows without one, to write back in one batch. */
  readonly assignedIds: readonly { readonly row: number; readonly id: string }[];
  readonly issues: readonly RowIssue[];
  /** How each mapped date column was read, and the evidence its cells gave. */
  readonly dateOrders: Readonly<Partial<Record<FieldOf<K>, DateColumnReading>>>;
  /** Number columns whose decimal mark the column proved other than the default. */
  readonly decimalSeparators: Readonly<Partial<Record<FieldOf<K>, DecimalColumnReading>>>;
}

export interface DecimalColumnReading extends DecimalDecision {
  readonly readAs: DecimalSeparator;
}

export interface DateColumnReading extends DateOrderDecision {
  /** The order the column was read in. */
  readonly readAs: DateOrder;
  /** Serials the host converted in its own order, read back swapped (see unswapConvertedDate). */
  readonly unswapped: number;
  /** Where it came from: the user's choice, the column's cells, or the workbook's default. */
  readonly from: "user" | "column" | "default";
}

export function parseTable<K extends RecordKind>(
  kind: K,
  input: TableInput,
  options: ParseTableOptions<K> = {},
): ParsedTable<K> {
  const mapping = mapHeaders(input.headers, kind, options.customHeaders);
  const table: TableUnderway<K> = {
    mapping,
    records: new Map(),
    rowOf: new Map(),
    assignedIds: [],
    issues: [],
    dateOrders: {} as ParsedTable<K>["dateOrders"],
    decimalSeparators: {} as ParsedTable<K>["decimalSeparators"],
  };
  if (mapping.missing.length > 0) {
    table.issues.push(...missingColumnIssues(kind, mapping, input));
    return table;
  }
  table.dateOrders = readDateColumns(kind, mapping, input.rows, options);
  table.decimalSeparators = readNumberColumns(kind, mapping, input.rows, options);
  const unswapDates = new Set(
    Object.entries(table.dateOrders)
      .filter(([, r]) => (r as DateColumnReading).unswapped > 0)
      .map(([field]) => field),
  );
  const decimalSeparators = readAsByField<DecimalSeparator>(table.decimalSeparators);
  const dateOrders = readAsByField<DateOrder>(table.dateOrders);
  input.rows.forEach((cells, i) => {
    // Listed, not spread: object spread per row is several times slower in V8, and a full sync
    // parses 100,000 rows.
    const context: RowContext<K> = {
      dateOrder: options.dateOrder,
      dateOrders,
      unswapDates,
      decimalSeparators,
      decimalSeparator: options.decimalSeparator,
      stages: options.stages,
      stageAliases: options.stageAliases,
      newId: options.newId,
      mapping,
      sheet: input.sheet,
      rowNumber: input.headerRow + 1 + i,
      firstColumn: input.firstColumn,
      formulas: input.formulas?.[i],
    };
    addRow(table, parseRow(kind, cells, context), context);
  });
  return table;
}

function readDateColumns<K extends RecordKind>(
  kind: K,
  mapping: HeaderMapping<K>,
  rows: readonly (readonly CellValue[])[],
  options: ParseTableOptions<K>,
): Partial<Record<FieldOf<K>, DateColumnReading>> {
  const readings: Partial<Record<FieldOf<K>, DateColumnReading>> = {};
  for (const { field, type } of schemaFor(kind).columns) {
    const index = mapping.columns[field];
    if (type !== "date" || index === undefined) continue;
    const decision = detectDateOrder(rows.map((row) => row[index]));
    const chosen = options.dateOrders?.[field];
    const host = options.dateOrder ?? "mdy";
    const readAs = chosen ?? decision.order ?? host;
    const unswap = unswapsSerials(readAs, host);
    const from = chosen ? "user" : decision.order ? "column" : "default";
    // the host read typed dates its own way; the column (or the user) says it was wrong
    const unswapped = unswap ? rows.filter((row) => swappable(row[index])).length : 0;
    readings[field] = { ...decision, readAs, from, unswapped };
  }
  return readings;
}

function swappable(cell: CellValue): boolean {
  return typeof cell === "number" && unswapConvertedDate(cell) !== undefined;
}

const NUMBER_TYPES = new Set(["money", "percent", "count"]);

/** Number columns whose cells prove a decimal mark other than the workbook's default. */
function readNumberColumns<K extends RecordKind>(
  kind: K,
  mapping: HeaderMapping<K>,
  rows: readonly (readonly CellValue[])[],
  options: ParseTableOptions<K>,
): Partial<Record<FieldOf<K>, DecimalColumnReading>> {
  const readings: Partial<Record<FieldOf<K>, DecimalColumnReading>> = {};
  const fallback = options.decimalSeparator ?? ".";
  for (const { field, type } of schemaFor(kind).columns) {
    const index = mapping.columns[field];
    if (!NUMBER_TYPES.has(type) || index === undefined) continue;
    const decision = detectDecimalSeparator(rows.map((row) => row[index]));
    if (decision.separator !== undefined && decision.separator !== fallback) {
      readings[field] = { ...decision, readAs: decision.separator };
    }
  }
  return readings;
}

type TableUnderway<K extends RecordKind> = Mutable<
  Omit<ParsedTable<K>, "dateOrders" | "decimalSeparators">
> & {
  dateOrders: ParsedTable<K>["dateOrders"];
  decimalSeparators: ParsedTable<K>["decimalSeparators"];
};

type Mutable<T> = {
  -readonly [P in keyof T]: T[P] extends readonly (infer E)[] ? E[] : T[P];
};

function addRow<K extends RecordKind>(
  table: TableUnderway<K>,
  row: ReturnType<typeof parseRow<K>>,
  context: RowContext<K>,
): void {
  for (const issue of row.issues) table.issues.push(issue);
  if (!row.record) return;
  const { id } = row.record;
  const firstRow = table.rowOf.get(id);
  if (firstRow !== undefined) {
    const index = table.mapping.columns.id ?? 0;
    const column = table.mapping.headers[index] ?? "";
    const address = cellAddress(context.sheet, letterOf(context, index), context.rowNumber);
    const message = `${column || "ID"} "${id}" is already used on row ${firstRow}`;
    table.issues.push({
      sheet: context.sheet,
      row: context.rowNumber,
      column,
      address,
      message,
      severity: "error",
    });
    return;
  }
  table.records.set(id, row.record);
  table.rowOf.set(id, context.rowNumber);
  if (row.assignedId !== undefined) table.assignedIds.push({ row: context.rowNumber, id });
}

function missingColumnIssues<K extends RecordKind>(
  kind: K,
  mapping: HeaderMapping<K>,
  input: TableInput,
): RowIssue[] {
  const schema = schemaFor(kind);
  const address = cellAddress(input.sheet, columnLetter(input.firstColumn ?? 0), input.headerRow);
  return mapping.missing.map((group) => {
    const names = group.map((f) => schema.columns.find((c) => c.field === f)?.header ?? f);
    const message = `The ${schema.tableName} table has no ${names.join(" or ")} column, so its rows cannot be read`;
    return {
      sheet: input.sheet,
      row: input.headerRow,
      column: "",
      address,
      message,
      severity: "error" as const,
    };
  });
}
