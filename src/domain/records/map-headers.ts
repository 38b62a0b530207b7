// Maps a table's header row to record fields: which column holds which field, which headers
// CellCRM does not know, and which required fields have no column at all.

import { looseHeaderKey } from "./loose-header";
import { normalizeHeader } from "./match-header";
import type { FieldOf } from "./records";
import type { RecordKind } from "./record-kind";
import type { ColumnSpec } from "./table-schema";
import { schemaFor } from "./table-schemas";

export interface HeaderMapping<K extends RecordKind = RecordKind> {
  readonly kind: K;
  /** The header row as read (used to name columns in issues). */
  readonly headers: readonly string[];
  /** 0-based column index of each mapped field. */
  readonly columns: Partial<Record<FieldOf<K>, number>>;
  /** Headers that map to no field (kept in the sheet, not synced). */
  readonly unmapped: readonly string[];
  /** A second column for an already-mapped field; its cells are not read. */
  readonly duplicates: readonly { readonly field: FieldOf<K>; readonly header: string }[];
  /** Required groups (see TableSchema.required) of which no field has a column. */
  readonly missing: readonly (readonly FieldOf<K>[])[];
}

/**
 * A user's own mapping, header → field (or null to ignore the column); it wins over synonyms.
 * Keys match like headers do.
 */
export type CustomHeaderMap<K extends RecordKind> = Readonly<Record<string, FieldOf<K> | null>>;

export function mapHeaders<K extends RecordKind>(
  headers: readonly string[],
  kind: K,
  custom: CustomHeaderMap<K> = {},
): HeaderMapping<K> {
  const schema = schemaFor(kind);
  const lookup = buildLookup(schema.columns, custom);
  const columns: Partial<Record<FieldOf<K>, number>> = {};
  const unmapped: string[] = [];
  const duplicates: { field: FieldOf<K>; header: string }[] = [];
  const exact = headers.map((header) => lookup.get(normalizeHeader(String(header ?? ""))));
  // exact matches first, so "Email" wins over "Primary email" wherever each stands
  headers.forEach((header, index) => {
    const field = exact[index];
    if (field === undefined || field === null) return;
    if (columns[field] !== undefined) duplicates.push({ field, header });
    else columns[field] = index;
  });
  headers.forEach((header, index) => {
    if (exact[index] === null) return void unmapped.push(header);
    if (exact[index] !== undefined) return;
    const loose = looseHeaderKey(String(header ?? ""));
    const field = loose === undefined ? undefined : lookup.get(loose);
    if (field === undefined || field === null || columns[field] !== undefined)
      unmapped.push(header);
    else columns[field] = index;
  });
  const missing = schema.required.filter((group) => group.every((f) => columns[f] === undefined));
  return { kind, headers, columns, unmapped, duplicates, missing };
}

function buildLookup<F extends string>(
  columns: readonly ColumnSpec<F>[],
  custom: Readonly<Record<string, F | null>>,
): Map<string, F | null> {
  const lookup = new Map<string, F | null>();
  // Canonical headers first so a synonym shared with another column ("Customer ID") never
  // steals the column named exactly like that field.
  for (const c of columns) lookup.set(normalizeHeader(c.header), c.field);
  for (const c of columns) {
    for (const s of c.synonyms) {
      const key = normalizeHeader(s);
      if (!lookup.has(key)) lookup.set(key, c.field);
    }
  }
  for (const [header, field] of Object.entries(custom)) lookup.set(normalizeHeader(header), field);
  return lookup;
}
