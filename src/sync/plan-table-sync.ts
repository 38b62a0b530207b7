// Plans the full sync of one table, in memory: parse the rows read, reconcile each with the
// store, tombstone stored records whose ID no longer appears, and list the cells to write back
// (minted IDs, merged pane edits) with the values they replace, so a failed sync can undo them.

import {
  type CrmRecord,
  type DateOrder,
  type DecimalSeparator,
  type HeaderMapping,
  type RecordKind,
  type RowIssue,
  cellAddress,
  cellText,
  columnLetter,
  fieldCells,
  mapHeaders,
  parseTable,
  readAsByField,
  schemaFor,
} from "../domain/records";
import type { CellUpdate, TableRead } from "../excel/workbook-port";
import { cellValueOf } from "./cell-value";
import type { StoreSide } from "./load-store-records";
import { type RecordOutcome, reconcileRecord } from "./reconcile-record";
import { type RecordPlan, emptyPlan, addOutcome } from "./record-plan";
import { type SyncContext, headerMapOf } from "./sync-context";

export interface TablePlan extends RecordPlan {
  readonly issues: RowIssue[];
  /** Stored IDs gone from the sheet. */
  readonly tombstone: string[];
  readonly writes: CellUpdate[];
  /** Rows given an ID by this sync (written back with `writes`), and the ID column's index. */
  readonly minted: { readonly row: number; readonly id: string }[];
  readonly idColumn: number;
  /** The cells' previous values, to restore if the store refuses the batch. */
  readonly reverts: CellUpdate[];
  /** How each date column was read, for row-by-row syncs until the next full sync. */
  readonly dateOrders: Record<string, DateOrder>;
  /** Number columns read with a decimal comma (or point) their cells proved. */
  readonly decimalMarks: Record<string, DecimalSeparator>;
}

export function planTableSync(
  kind: RecordKind,
  table: TableRead,
  store: StoreSide,
  context: SyncContext,
): TablePlan {
  const customHeaders = headerMapOf(context.headerMaps, kind);
  const parsed = parseTable(kind, table, {
    stages: context.stages,
    stageAliases: context.stageAliases,
    newId: context.rowIds(idsInSheet(table, mapHeaders(table.headers, kind, customHeaders))),
    customHeaders,
    dateOrders: context.dateOrders[kind],
  });
  const plan: TablePlan = {
    ...emptyPlan(),
    issues: [...parsed.issues],
    tombstone: [],
    writes: [],
    minted: [...parsed.assignedIds],
    idColumn: parsed.mapping.columns.id ?? -1,
    reverts: [],
    dateOrders: readAsByField(parsed.dateOrders),
    decimalMarks: readAsByField(parsed.decimalSeparators),
  };
  const idColumn = parsed.mapping.columns.id;
  if (parsed.mapping.missing.length > 0) return plan;
  if (idColumn === undefined) {
    plan.issues.push(noIdColumnIssue(kind, table));
    return plan;
  }
  const previous = (row: number, column: number) =>
    cellValueOf(table.rows[row - table.headerRow - 1]?.[column]);
  for (const { row, id } of parsed.assignedIds) {
    plan.writes.push({ row, column: idColumn, value: id });
    plan.reverts.push({ row, column: idColumn, value: previous(row, idColumn) });
  }
  for (const [id, sheet] of parsed.records) {
    const outcome = reconcileRecord({
      kind,
      sheet: sheet as CrmRecord,
      stored: store.stored.get(id),
      base: store.bases.get(id),
      at: context.at,
    });
    addOutcome(plan, id, outcome, store.stored.has(id));
    const row = parsed.rowOf.get(id) ?? 0;
    queueMergedFields(plan, outcome, parsed.mapping, row, previous);
  }
  const present = idsInSheet(table, parsed.mapping);
  for (const id of store.stored.keys()) if (!present.has(id)) plan.tombstone.push(id);
  return plan;
}

function queueMergedFields(
  plan: TablePlan,
  outcome: RecordOutcome,
  mapping: HeaderMapping,
  row: number,
  previous: (row: number, column: number) => CellUpdate["value"],
): void {
  if (outcome.put === undefined) return;
  for (const field of outcome.toSheet) {
    for (const { column, value } of fieldCells(mapping, outcome.put, field) ?? []) {
      plan.writes.push({ row, column, value: cellValueOf(value) });
      plan.reverts.push({ row, column, value: previous(row, column) });
    }
  }
}

/** Every ID in the ID column, including rows kept out by errors: those are not removals. */
function idsInSheet(table: TableRead, mapping: HeaderMapping): Set<string> {
  const ids = new Set<string>();
  const idColumn = mapping.columns.id;
  if (idColumn === undefined) return ids;
  for (const row of table.rows) {
    const id = cellText(row[idColumn]);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function noIdColumnIssue(kind: RecordKind, table: TableRead): RowIssue {
  const { tableName } = schemaFor(kind);
  return {
    sheet: table.sheet,
    row: table.headerRow,
    column: "",
    address: cellAddress(table.sheet, columnLetter(table.firstColumn), table.headerRow),
    message: `The ${tableName} table has no ID column, so its rows cannot be kept in sync`,
    severity: "error",
  };
}
