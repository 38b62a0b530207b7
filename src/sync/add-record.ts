// Adding a record from the pane: the row goes to the sheet first (an ID minted here, every
// mapped column filled, text never becoming a formula), then the same record into the store with
// its history, so a record typed into the pane is never only in the browser.

import { type CrmRecord, type RecordKind, type RecordOf, mapHeaders } from "../domain/records";
import type { PortCell, WorkbookPort } from "../excel/workbook-port";
import { type CrmDatabase, applySyncBatch } from "../store";
import { cellValueOf } from "./cell-value";
import { historyEntry } from "./reconcile-record";
import { isItemNotFound } from "../excel/excel-errors";
import { type SyncContext, type SyncOptions, headerMapOf, syncContext } from "./sync-context";
import { withSyncLock } from "./sync-lock";
import { RejectedEdit } from "./write-record-fields";

export type RecordInput<K extends RecordKind> = Omit<RecordOf<K>, "id">;

export function addRecord<K extends RecordKind>(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: K,
  input: RecordInput<K>,
  options: SyncOptions = {},
): Promise<RecordOf<K>> {
  return withSyncLock(db, () => append(port, db, kind, input, options)) as Promise<RecordOf<K>>;
}

async function append(
  port: WorkbookPort,
  db: CrmDatabase,
  kind: RecordKind,
  input: object,
  options: SyncOptions,
): Promise<CrmRecord> {
  const context = syncContext(options);
  const record = { ...input, id: context.newId(kind) } as CrmRecord;
  const located = await locateOrCreateTable(port, kind, context.stages);
  const columns = mapHeaders(located.headers, kind, headerMapOf(context.headerMaps, kind)).columns;
  if (columns.id === undefined) {
    throw new RejectedEdit(`The ${located.sheet} sheet has no ID column, so a row cannot be added`);
  }
  await port.appendRows(kind, [rowCells(located.headers.length, columns, record)]);
  const fields = Object.entries(record).filter(([f, v]) => f !== "id" && v !== undefined);
  await applySyncBatch(db, {
    at: context.at,
    records: { [kind]: { put: [record] } },
    history: fields.map(([field, after]) =>
      historyEntry(kind, record.id, { field, before: undefined, after }, context.at, "pane"),
    ),
    stageTransitions: enteredStage(kind, record, context.at),
  });
  return record;
}

/**
 * The table's frame; a table the workbook does not have yet (logging an activity in a workbook
 * mapped for customers only) is made first. Asking costs no round trip when the table exists.
 */
async function locateOrCreateTable(
  port: WorkbookPort,
  kind: RecordKind,
  stages: SyncContext["stages"],
) {
  try {
    return await port.locateRecords(kind, []);
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    await port.ensureTables(stages, [kind]);
    return port.locateRecords(kind, []);
  }
}

function rowCells(
  width: number,
  columns: Partial<Record<string, number>>,
  record: CrmRecord,
): PortCell[] {
  const cells: PortCell[] = Array.from({ length: width }, () => "");
  const values = record as unknown as Readonly<Record<string, unknown>>;
  for (const [field, column] of Object.entries(columns)) {
    if (column !== undefined) cells[column] = cellValueOf(values[field]);
  }
  return cells;
}

function enteredStage(kind: RecordKind, record: CrmRecord, at: number) {
  const stage = (record as { stage?: string }).stage;
  return kind === "deals" && stage !== undefined ? [{ dealId: record.id, to: stage, at }] : [];
}
