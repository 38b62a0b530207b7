// Field-level differences between two versions of one record, in a stable field order
// (the before record's fields, then fields only the after record has).

import { sameValue } from "./same-value";

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export function diffRecords(before: object, after: object): FieldChange[] {
  const b = before as Readonly<Record<string, unknown>>;
  const a = after as Readonly<Record<string, unknown>>;
  const fields = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!sameValue(b[field], a[field])) changes.push({ field, before: b[field], after: a[field] });
  }
  return changes;
}
