// A record laid out as a new row of a table with these headers: each field in its column (a
// name split over First/Last columns, a custom field in the column of its name), the rest
// blank. The sheet's cells are then what a sync reads back as the same record.
import { customFieldName } from "./custom-fields";
import { fieldCells } from "./field-cells";
import type { HeaderMapping } from "./map-headers";
import type { CrmRecord } from "./records";
import type { RecordKind } from "./record-kind";

export type RowCell = string | number | boolean;

export function recordRow<K extends RecordKind>(
  mapping: HeaderMapping<K>,
  record: CrmRecord,
): RowCell[] {
  const row: RowCell[] = mapping.headers.map(() => "");
  const fields = Object.keys(record).filter((f) => f !== "extra");
  for (const key of Object.keys(record.extra ?? {})) fields.push(customFieldName(key));
  for (const field of fields) {
    for (const { column, value } of fieldCells(mapping, record, field) ?? []) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        row[column] = value;
    }
  }
  return row;
}
