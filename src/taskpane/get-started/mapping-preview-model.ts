// The preview of mapping a sheet to a record kind, before anything is written: which field each
// column feeds, and what a sync would make of the rows (counts and located issues).
import type { StageDefinition } from "../../domain/pipeline/default-stages";
import {
  type CustomHeaderMap,
  type DateColumnReading,
  type DateOrder,
  type DecimalColumnReading,
  type FieldOf,
  type HeaderMapping,
  KEEP_AS_CUSTOM,
  RECORD_KINDS,
  type RecordOf,
  type RecordKind,
  type RowIssue,
  mapHeaders,
  parseTable,
} from "../../domain/records";
import type { SheetPreview } from "../../excel/sheet-listing";

/** How the preview reads the sheet besides its headers: stages, date orders, stage words. */
export interface PreviewReading {
  readonly stages?: readonly StageDefinition[];
  readonly dateOrders?: Readonly<Record<string, DateOrder>>;
  readonly stageAliases?: Readonly<Record<string, string>>;
}

/** One date column's reading in words, and the user's choice for it if any. */
export interface DateReadingLine {
  readonly field: string;
  readonly header: string;
  readonly text: string;
  readonly chosen?: DateOrder;
}

export interface MappingPreview<K extends RecordKind = RecordKind> {
  readonly mapping: HeaderMapping<K>;
  /** The field each column feeds (by column index): "extra" kept as its own, null left out. */
  readonly fieldOf: readonly (FieldOf<K> | null)[];
  /** Non-blank data rows read. */
  readonly rows: number;
  /** Rows that would be stored (a row with an unreadable cell is kept, that field empty). */
  readonly kept: number;
  /** Rows that cannot be records yet (a required field missing or unreadable): they wait. */
  readonly waiting: number;
  /** Rows with at least one issue. */
  readonly withIssues: number;
  /** How each date column will be read, in words ("Since: day-first (DD/MM), …"). */
  readonly dateReadings: readonly DateReadingLine[];
  /** Number columns read with a decimal mark their cells proved, in words. */
  readonly numberReadings: readonly string[];
  readonly issues: readonly RowIssue[];
  /** The first records exactly as they would be stored. */
  readonly firstRecords: readonly RecordOf<K>[];
}

export function previewMapping<K extends RecordKind>(
  kind: K,
  sheet: SheetPreview,
  customHeaders: CustomHeaderMap<K>,
  reading: PreviewReading = {},
): MappingPreview<K> {
  const { stages, dateOrders = {}, stageAliases } = reading;
  const parsed = parseTable(
    kind,
    {
      sheet: sheet.sheet,
      headers: sheet.headers,
      rows: sheet.rows,
      headerRow: sheet.headerRow,
      firstColumn: sheet.firstColumn,
    },
    {
      customHeaders,
      stages,
      stageAliases,
      dateOrders: dateOrders as Partial<Record<FieldOf<K>, DateOrder>>,
    },
  );
  const { mapping } = parsed;
  const fieldOf = sheet.headers.map((_, index) => fieldOfColumn(mapping, index));
  const nonBlank = sheet.rows.filter((row) => row.some((cell) => String(cell).trim() !== ""));
  const rowsWithIssues = new Set(
    parsed.issues.filter((i) => i.row > sheet.headerRow).map((i) => i.row),
  );
  const headerProblem = mapping.missing.length > 0;
  return {
    mapping,
    fieldOf,
    rows: nonBlank.length,
    kept: headerProblem ? 0 : parsed.records.size,
    waiting: headerProblem ? nonBlank.length : nonBlank.length - parsed.records.size,
    withIssues: headerProblem ? nonBlank.length : rowsWithIssues.size,
    dateReadings: (Object.entries(parsed.dateOrders) as [FieldOf<K>, DateColumnReading][]).map(
      ([field, reading]) => ({
        field,
        header: sheet.headers[mapping.columns[field] ?? -1] ?? field,
        text: describeReading(sheet.headers[mapping.columns[field] ?? -1] ?? field, reading),
        chosen: reading.from === "user" ? reading.readAs : undefined,
      }),
    ),
    issues: parsed.issues,
    numberReadings: (
      Object.entries(parsed.decimalSeparators) as [FieldOf<K>, DecimalColumnReading][]
    ).map(([field, r]) => describeMark(sheet.headers[mapping.columns[field] ?? -1] ?? field, r)),
    firstRecords: [...parsed.records.values()].slice(0, FIRST_RECORDS),
  };
}

const FIRST_RECORDS = 3;

/** The field a column feeds (joined parts included), "extra" when kept as a custom field. */
function fieldOfColumn<K extends RecordKind>(
  mapping: HeaderMapping<K>,
  index: number,
): FieldOf<K> | null {
  const entries = Object.entries(mapping.columns) as [FieldOf<K>, number][];
  const mapped = entries.find(([field, col]) => col === index || joinedHas(mapping, field, index));
  if (mapped) return mapped[0];
  return mapping.extras.includes(index) ? (KEEP_AS_CUSTOM as FieldOf<K>) : null;
}

function joinedHas<K extends RecordKind>(m: HeaderMapping<K>, field: FieldOf<K>, index: number) {
  return m.joined[field]?.includes(index) ?? false;
}

function describeMark(header: string, r: DecimalColumnReading): string {
  const [mark, example] = r.readAs === "," ? ["comma", "1.200,50"] : ["point", "1,200.50"];
  const proof = r.readAs === "," ? r.commaOnly : r.pointOnly;
  const lone = r.readAs === "," ? "“1.200” reads as 1200" : "“1,200” reads as 1200";
  return `${header}: decimal ${mark}, as in ${example} — ${proof} number${proof === 1 ? "" : "s"} show it; ${lone}.`;
}

const ORDER_WORDS = { dmy: "day-first (DD/MM)", mdy: "month-first (MM/DD)" } as const;

function describeReading(header: string, r: DateColumnReading): string {
  return describeOrder(header, r) + describeUnswapped(r.unswapped);
}

/** Dates Excel already converted the other way round, said rather than swapped silently. */
function describeUnswapped(n: number): string {
  if (n === 0) return "";
  const [dates, were] = n === 1 ? ["date", "was"] : ["dates", "were"];
  return ` ${n} ${dates} Excel had turned the other way round when the file was opened ${were} swapped back.`;
}

function describeOrder(header: string, r: DateColumnReading): string {
  const order = ORDER_WORDS[r.readAs];
  if (r.from === "user") return `${header}: read ${order}, as you chose.`;
  if (r.from === "column") {
    const proof = r.readAs === "dmy" ? r.dayFirstOnly : r.monthFirstOnly;
    const against = r.readAs === "dmy" ? r.monthFirstOnly : r.dayFirstOnly;
    const others = against > 0 ? `; ${against} look the other way and are listed as issues` : "";
    return `${header}: read ${order} — ${proof} date${proof === 1 ? "" : "s"} can only be read that way${others}.`;
  }
  if (r.either === 0) return `${header}: no dates typed as day and month numbers.`;
  return `${header}: ${r.either} date${r.either === 1 ? "" : "s"} could be day-first or month-first; read ${order}, this workbook's default. Check one you know.`;
}

/** The kind whose headers this sheet matches best (no missing required column first). */
export function guessKind(headers: readonly string[]): RecordKind {
  let best: RecordKind = "customers";
  let bestScore = -Infinity;
  for (const kind of RECORD_KINDS) {
    const mapping = mapHeaders(headers, kind);
    const score = Object.keys(mapping.columns).length - 100 * mapping.missing.length;
    if (score > bestScore) [best, bestScore] = [kind, score];
  }
  return best;
}

/** The "Use it as" value of a lead import (customers + deals from one sheet). */
export const LEADS = "leads";

/** A sheet of people with a stage column but no deal name: leads, most likely. */
export function looksLikeLeads(headers: readonly string[]): boolean {
  const deals = mapHeaders(headers, "deals");
  const people = mapHeaders(headers, "customers");
  const person = people.columns.name ?? people.columns.email;
  // "Name" is a deal-name synonym too; on a sheet of people it names the person
  const title = deals.columns.title;
  const noDealName = title === undefined || title === people.columns.name;
  return deals.columns.stage !== undefined && noDealName && person !== undefined;
}
