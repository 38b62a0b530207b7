// Where one field of a record lives in its sheet row, for writing it back: its column, the
// name's part columns (the name split again: "Mary Ann Smith" → "Mary Ann" | "Smith"), or a
// custom field's own column ("extra.City" → the City column).

import { customFieldKey, customFieldKeys } from "./custom-fields";
import type { HeaderMapping } from "./map-headers";
import { splitName } from "./name-parts";
import type { RecordKind } from "./record-kind";

export interface FieldCell {
  readonly column: number;
  readonly value: unknown;
}

/** The cells that hold `field` (a record field or "extra.<key>"); undefined when none does. */
export function fieldCells<K extends RecordKind>(
  mapping: HeaderMapping<K>,
  record: object,
  field: string,
): FieldCell[] | undefined {
  const values = record as Readonly<Record<string, unknown>> & {
    extra?: Readonly<Record<string, unknown>>;
  };
  const key = customFieldKey(field);
  if (key !== undefined) {
    const at = customFieldKeys(mapping).indexOf(key);
    return at === -1 ? undefined : [{ column: mapping.extras[at], value: values.extra?.[key] }];
  }
  const columns = mapping.columns as Readonly<Record<string, number | undefined>>;
  const parts = (mapping.joined as Readonly<Record<string, readonly number[] | undefined>>)[field];
  if (parts !== undefined) {
    const text = values[field];
    const pieces = splitName(typeof text === "string" ? text : undefined, parts.length);
    return parts.map((column, i) => ({ column, value: pieces[i] }));
  }
  const column = columns[field];
  return column === undefined ? undefined : [{ column, value: values[field] }];
}
