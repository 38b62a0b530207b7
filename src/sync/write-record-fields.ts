// Writes chosen fields of one record to its sheet row (pane edits, conflict resolutions, merges).
// Checking comes first and throws a RejectedEdit when the edit cannot be made at all (no such
// row, no column for a field, or the cell is computed by a formula); the write is then separate,
// so callers can tell "refused" from "the workbook could not be reached".

import {
  type CrmRecord,
  type HeaderMapping,
  type RecordKind,
  customFieldKey,
  fieldCells,
  isFormula,
  mapHeaders,
  schemaFor,
} from "../domain/records";
import type { CellUpdate, PortCell, WorkbookPort } from "../excel/workbook-port";
import { cellValueOf } from "./cell-value";
import { type HeaderMaps, headerMapOf } from "./sync-context";

export class RejectedEdit extends Error {
  override readonly name = "RejectedEdit";
}

/**
 * The cells to write no longer show what the pane edited from: a co-author changed them since
 * the last sync. Nothing is written; the edit waits for the sync of `row`, which makes each
 * field both changed a conflict to resolve, with both values kept.
 */
export class ChangedInSheet extends Error {
  override readonly name = "ChangedInSheet";
  constructor(readonly row: number) {
    super(`Row ${row} changed in the sheet since it was last read`);
  }
}

/** Locates the row and builds the cell updates (2–3 round trips, reads only). */
export async function planFieldWrites(
  port: WorkbookPort,
  kind: RecordKind,
  record: CrmRecord,
  fields: readonly string[],
  headerMaps: HeaderMaps = {},
  /** What the pane showed before the edit: cells differing from it throw ChangedInSheet. */
  before?: CrmRecord,
): Promise<CellUpdate[]> {
  const located = await port.locateRecords(kind, [record.id]);
  const row = located.rows.get(record.id);
  const { noun } = schemaFor(kind);
  if (row === undefined) throw new RejectedEdit(`The ${noun} ${record.id} is not in the sheet`);
  const mapping = mapHeaders(located.headers, kind, headerMapOf(headerMaps, kind));
  const cells = fields.map((field) => ({ field, cells: fieldCells(mapping, record, field) }));
  const noColumn = cells.filter((c) => c.cells === undefined).map((c) => fieldLabel(c.field));
  if (noColumn.length > 0) {
    throw new RejectedEdit(`The ${located.sheet} sheet has no column for ${noColumn.join(", ")}`);
  }
  const [current] = (await port.readRows(kind, [row])).rows;
  if (before && current && movedOn(mapping, before, fields, current.values)) {
    throw new ChangedInSheet(row);
  }
  return cells.flatMap((c) =>
    (c.cells ?? []).map(({ column, value }) => {
      if (current && isFormula(current.formulas[column] ?? "", current.values[column] ?? "")) {
        const header = located.headers[column];
        throw new RejectedEdit(`${header} on row ${row} is computed by a formula`);
      }
      return { row, column, value: cellValueOf(value) };
    }),
  );
}

/** Whether any of the fields' cells holds something other than `before` would put there. */
function movedOn(
  mapping: HeaderMapping,
  before: CrmRecord,
  fields: readonly string[],
  values: readonly PortCell[],
): boolean {
  return fields.some((field) =>
    (fieldCells(mapping, before, field) ?? []).some(
      ({ column, value }) => !sameCell(cellValueOf(value), values[column] ?? ""),
    ),
  );
}

function sameCell(a: PortCell, b: PortCell): boolean {
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b);
  return String(a).trim() === String(b).trim();
}

/** "City" for a custom field, the field's own name otherwise. */
function fieldLabel(field: string): string {
  return customFieldKey(field) ?? field;
}
