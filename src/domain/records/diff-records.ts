// Field-level differences between two versions of one record, in a stable field order
// (the before record's fields, then fields only the after record has). Each custom field is a
// field of its own ("extra.City").

import { flattenCustomFields } from "./custom-fields";
import { sameValue } from "./same-value";

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export function diffRecords(before: object, after: object): FieldChange[] {
  const b = flattenCustomFields(before);
  const a = flattenCustomFields(after);
  const fields = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!sameValue(b[field], a[field])) changes.push({ field, before: b[field], after: a[field] });
  }
  return changes;
}
