// Incremental sync of a few touched rows: re-read just those rows (one round trip), reconcile
// them with the store like a full sync does, write minted IDs back (after re-reading their ID
// cells: claimed-ids.ts) and apply one small batch. Rows only a co-author touched get no ID here
// (options.mintRowIds false): that co-author's add-in writes it, and this sync adopts it. A touched row that is now blank may have held a record (a cleared row):
// the report asks for a full sync, which can tell. ID edits are left to the next full sync.

import {
  type CrmRecord,
  type DateOrder,
  type DecimalSeparator,
  type RecordKind,
  type RowIssue,
  cellText,
  mapHeaders,
  parseRow,
  unswapsSerials,
} from "../domain/records";
import type { CellUpdate, RowsRead, WorkbookPort } from "../excel/workbook-port";
import { type CrmDatabase, DATE_ORDERS_KEY, DECIMAL_MARKS_KEY, applySyncBatch } from "../store";
import { buildSyncBatch } from "./build-sync-batch";
import { type Minted, claimedSinceRead, dropClaimed } from "./claimed-ids";
import { loadStoreRecords } from "./load-store-records";
import { reconcileRecord } from "./reconcile-record";
import { addOutcome, emptyPlan } from "./record-plan";
import {
  type DateOrders,
  type SyncContext,
  type SyncOptions,
  headerMapOf,
  syncContext,
} from "./sync-context";
import { withSyncLock } from "./sync-lock";

export interface RowsSyncReport {
  readonly rows: number;
  readonly put: number;
  readonly issues: number;
  /** A touched row in the table is blank: a record may have been removed. */
  readonly cleared: boolean;
}

export function syncRows(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: RecordKind,
  rowNumbers: readonly number[],
  options: SyncOptions = {},
): Promise<RowsSyncReport> {
  return withSyncLock(db, () => syncTouchedRows(port, db, kind, rowNumbers, options));
}

async function syncTouchedRows(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: RecordKind,
  rowNumbers: readonly number[],
  options: SyncOptions,
): Promise<RowsSyncReport> {
  const context = syncContext(options);
  const read = await port.readRows(kind, rowNumbers);
  const mapping = mapHeaders(read.headers, kind, headerMapOf(context.headerMaps, kind));
  if (mapping.missing.length > 0 || mapping.columns.id === undefined) {
    return { rows: 0, put: 0, issues: 0, cleared: false };
  }
  const readings = await columnReadings(db, kind, context);
  const { parsed, store } = await parseAgainstStore(db, kind, read, mapping, context, readings);
  const plan = { ...emptyPlan(), tombstone: [] as string[] };
  for (const { record } of parsed.records) {
    const outcome = reconcileRecord({
      kind,
      sheet: record,
      stored: store.stored.get(record.id),
      base: store.bases.get(record.id),
      at: context.at,
    });
    addOutcome(plan, record.id, outcome, store.stored.has(record.id));
  }
  const idColumn = mapping.columns.id;
  const claimed = await claimedSinceRead(port, kind, parsed.minted, idColumn);
  dropClaimed(plan, claimed, { writes: parsed.idWrites }, parsed.minted, idColumn);
  if (parsed.idWrites.length > 0) await port.writeCells(kind, parsed.idWrites);
  const issues = await mergeIssues(db, kind, read, parsed.issues);
  await applySyncBatch(db, buildSyncBatch(context.at, new Map([[kind, { ...plan, issues }]])));
  return {
    rows: read.rows.length,
    put: plan.put.length,
    issues: parsed.issues.length,
    cleared: read.rows.some((row) => row.values.every((v) => cellText(v) === undefined)),
  };
}

/**
 * Parses the rows and loads their stored records. A minted ID that a stored record already has
 * (a row identical to one already given its ID) is minted again past it, so it cannot take over.
 */
async function parseAgainstStore(
  db: CrmDatabase,
  kind: RecordKind,
  read: RowsRead,
  mapping: ReturnType<typeof mapHeaders>,
  context: SyncContext,
  readings: ColumnReadings,
) {
  const idsOf = (p: ReturnType<typeof parseRows>) => p.records.map((r) => r.record.id);
  let parsed = parseRows(kind, read, mapping, context, readings, new Set());
  let store = await loadStoreRecords(db, kind, idsOf(parsed));
  const taken = new Set(parsed.minted.map((m) => m.id).filter((id) => store.stored.has(id)));
  if (taken.size > 0) {
    parsed = parseRows(kind, read, mapping, context, readings, taken);
    store = await loadStoreRecords(db, kind, idsOf(parsed));
  }
  return { parsed, store };
}

function parseRows(
  kind: RecordKind,
  read: RowsRead,
  mapping: ReturnType<typeof mapHeaders>,
  context: SyncContext,
  readings: ColumnReadings,
  taken: ReadonlySet<string>,
) {
  const records: { row: number; record: CrmRecord }[] = [];
  const issues: RowIssue[] = [];
  const idWrites: CellUpdate[] = [];
  const minted: Minted[] = [];
  const newId = context.rowIds(taken);
  const idColumn = mapping.columns.id ?? 0;
  const seen = new Set<string>();
  for (const row of read.rows) {
    const parsed = parseRow(kind, row.values, {
      stages: context.stages,
      stageAliases: context.stageAliases,
      newId,
      dateOrders: readings.dateOrders,
      unswapDates: readings.unswapDates,
      decimalSeparators: readings.decimalMarks,
      mapping,
      sheet: read.sheet,
      rowNumber: row.row,
      firstColumn: read.firstColumn,
      formulas: row.formulas,
    });
    issues.push(...parsed.issues);
    const id = parsed.record?.id ?? cellText(row.values[idColumn]);
    // Two touched rows with one ID: the first wins; a full sync reports the duplicate.
    if (!parsed.record || id === undefined || seen.has(id)) continue;
    seen.add(id);
    records.push({ row: row.row, record: parsed.record as CrmRecord });
    if (parsed.assignedId === undefined) continue;
    idWrites.push({ row: row.row, column: idColumn, value: id });
    minted.push({ row: row.row, id });
  }
  return { records, issues, idWrites, minted };
}

/**
 * How this table's date and number columns are read: the user's choice, else what the last full
 * sync's whole column proved — a few re-read rows cannot tell 03/04 or "1.200" themselves.
 */
async function columnReadings(
  db: CrmDatabase,
  kind: RecordKind,
  context: SyncContext,
): Promise<ColumnReadings> {
  const [orders, marks] = await db.syncState.bulkGet([DATE_ORDERS_KEY, DECIMAL_MARKS_KEY]);
  const stored = orders?.value as DateOrders | undefined;
  const storedMarks = marks?.value as PerKindMarks | undefined;
  const dateOrders = { ...stored?.[kind], ...context.dateOrders[kind] };
  // a date the host converted in its own order, in a column read the other way, is swapped back
  const unswap = Object.keys(dateOrders).filter((field) => unswapsSerials(dateOrders[field]));
  return { dateOrders, decimalMarks: { ...storedMarks?.[kind] }, unswapDates: new Set(unswap) };
}

type PerKindMarks = Partial<Record<RecordKind, Record<string, DecimalSeparator>>>;

interface ColumnReadings {
  readonly dateOrders: Readonly<Record<string, DateOrder>>;
  readonly decimalMarks: Readonly<Record<string, DecimalSeparator>>;
  readonly unswapDates: ReadonlySet<string>;
}

/** The table's stored issues with those of the re-read rows replaced. */
async function mergeIssues(
  db: CrmDatabase,
  kind: RecordKind,
  read: RowsRead,
  fresh: readonly RowIssue[],
): Promise<RowIssue[]> {
  const touched = new Set(read.rows.map((r) => r.row));
  const stored = await db.issues.where("table").equals(kind).toArray();
  const kept = stored
    .filter((i) => !touched.has(i.row))
    .map(({ seq, table, ...issue }) => (void seq, void table, issue));
  return [...kept, ...fresh];
}
