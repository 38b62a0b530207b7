// Writes chosen fields of one record to its sheet row (pane edits, conflict resolutions, merges).
// Checking comes first and throws a RejectedEdit when the edit cannot be made at all (no such
// row, no column for a field, or the cell is computed by a formula); the write is then separate,
// so callers can tell "refused" from "the workbook could not be reached".

import {
  type CrmRecord,
  type RecordKind,
  isFormula,
  mapHeaders,
  schemaFor,
} from "../domain/records";
import type { CellUpdate, WorkbookPort } from "../excel/workbook-port";
import { cellValueOf } from "./cell-value";
import { type HeaderMaps, headerMapOf } from "./sync-context";

export class RejectedEdit extends Error {
  override readonly name = "RejectedEdit";
}

/** Locates the row and builds the cell updates (2–3 round trips, reads only). */
export async function planFieldWrites(
  port: WorkbookPort,
  kind: RecordKind,
  record: CrmRecord,
  fields: readonly string[],
  headerMaps: HeaderMaps = {},
): Promise<CellUpdate[]> {
  const located = await port.locateRecords(kind, [record.id]);
  const row = located.rows.get(record.id);
  const { noun } = schemaFor(kind);
  if (row === undefined) throw new RejectedEdit(`The ${noun} ${record.id} is not in the sheet`);
  const columns = mapHeaders(located.headers, kind, headerMapOf(headerMaps, kind))
    .columns as Partial<Record<string, number>>;
  const noColumn = fields.filter((f) => columns[f] === undefined);
  if (noColumn.length > 0) {
    throw new RejectedEdit(`The ${located.sheet} sheet has no column for ${noColumn.join(", ")}`);
  }
  const [current] = (await port.readRows(kind, [row])).rows;
  const values = record as unknown as Readonly<Record<string, unknown>>;
  return fields.map((field) => {
    const column = columns[field] as number;
    if (current && isFormula(current.formulas[column] ?? "", current.values[column] ?? "")) {
      const header = located.headers[column];
      throw new RejectedEdit(`${header} on row ${row} is computed by a formula`);
    }
    return { row, column, value: cellValueOf(values[field]) };
  });
}
