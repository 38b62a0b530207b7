// Maps a table's header row to record fields: which column holds which field, which fields are
// read from several columns joined (First + Last → Name), which columns are kept as the record's
// own custom fields, and which required fields have no column at all.

import { looseHeaderKey } from "./loose-header";
import { normalizeHeader } from "./match-header";
import { namePartColumns } from "./name-parts";
import type { FieldOf } from "./records";
import type { RecordKind } from "./record-kind";
import type { ColumnSpec, TableSchema } from "./table-schema";
import { schemaFor } from "./table-schemas";

export interface HeaderMapping<K extends RecordKind = RecordKind> {
  readonly kind: K;
  /** The header row as read (used to name columns in issues). */
  readonly headers: readonly string[];
  /** 0-based column index of each mapped field (a joined field's first column). */
  readonly columns: Partial<Record<FieldOf<K>, number>>;
  /** Fields read from several columns, their texts joined by a space ("First", "Last"). */
  readonly joined: Partial<Record<FieldOf<K>, readonly number[]>>;
  /** Columns no field takes, kept on each record as its custom fields (record.extra). */
  readonly extras: readonly number[];
  /** Headers that map to no field (kept as custom fields unless the user left them out). */
  readonly unmapped: readonly string[];
  /** A second column for an already-mapped field; its cells are kept as a custom field. */
  readonly duplicates: readonly { readonly field: FieldOf<K>; readonly header: string }[];
  /** Required groups (see TableSchema.required) of which no field has a column. */
  readonly missing: readonly (readonly FieldOf<K>[])[];
}

/**
 * A user's own mapping, header → field (or null to leave the column out, or "extra" to keep it
 * as a custom field); it wins over synonyms. Keys match like headers do. Two columns the user
 * sends to one text field are joined.
 */
export type CustomHeaderMap<K extends RecordKind> = Readonly<Record<string, FieldOf<K> | null>>;

/** The custom-map value that keeps a column as a custom field of the record. */
export const KEEP_AS_CUSTOM = "extra";

/** rank: how surely a header means its field — the user's choice, the canonical header, then
 * synonyms in the schema's order — so "Lifecycle stage" keeps Status even after "Lead status". */
type Lookup<F extends string> = Map<
  string,
  { readonly field: F | null; readonly user: boolean; readonly rank: number }
>;

export function mapHeaders<K extends RecordKind>(
  headers: readonly string[],
  kind: K,
  custom: CustomHeaderMap<K> = {},
): HeaderMapping<K> {
  const schema = schemaFor(kind);
  const lookup = buildLookup(schema.columns, custom);
  const state = new MappingUnderway<K>(schema, headers);
  const exact = headers.map((header) => lookup.get(normalizeHeader(String(header ?? ""))));
  // exact matches first, so "Email" wins over "Primary email" wherever each stands
  exact.forEach((match, index) => {
    if (match?.field) state.take(match.field, index, match.user, match.rank);
  });
  headers.forEach((header, index) => {
    const match = exact[index];
    if (match?.field === null) return void state.leaveOut(index);
    if (match !== undefined) return;
    const loose = looseHeaderKey(String(header ?? ""));
    const field = loose === undefined ? undefined : lookup.get(loose)?.field;
    if (field && state.columns[field] === undefined) state.take(field, index, false, Infinity);
  });
  state.joinNameParts();
  return state.result();
}

class MappingUnderway<K extends RecordKind> {
  readonly columns: Partial<Record<FieldOf<K>, number>> = {};
  private readonly joined: Partial<Record<FieldOf<K>, number[]>> = {};
  private readonly duplicates: { field: FieldOf<K>; header: string }[] = [];
  private readonly used = new Set<number>();
  private readonly leftOut = new Set<number>();
  private readonly rankOf = new Map<FieldOf<K>, number>();

  constructor(
    private readonly schema: TableSchema<K>,
    private readonly headers: readonly string[],
  ) {}

  take(field: FieldOf<K>, index: number, byUser: boolean, rank: number): void {
    if ((field as string) === KEEP_AS_CUSTOM) return;
    this.used.add(index);
    const first = this.columns[field];
    if (first === undefined) {
      this.columns[field] = index;
      return void this.rankOf.set(field, rank);
    }
    if (byUser && this.typeOf(field) === "text") {
      (this.joined[field] ??= [first]).push(index);
      return;
    }
    const better = rank < (this.rankOf.get(field) ?? Infinity);
    const loser = better ? first : index;
    if (better) {
      this.columns[field] = index;
      this.rankOf.set(field, rank);
    }
    this.used.delete(loser);
    this.duplicates.push({ field, header: this.headers[loser] ?? "" });
  }

  leaveOut(index: number): void {
    this.leftOut.add(index);
  }

  joinNameParts(): void {
    const field = this.schema.personName;
    if (field === undefined || this.columns[field] !== undefined) return;
    const parts = namePartColumns(this.headers, (i) => this.isFree(i));
    if (parts.length === 0) return;
    this.columns[field] = parts[0];
    if (parts.length > 1) this.joined[field] = parts;
    for (const index of parts) this.used.add(index);
  }

  result(): HeaderMapping<K> {
    const free = this.headers.map((_, i) => i).filter((i) => this.isFree(i));
    const missing = this.schema.required.filter((group) =>
      group.every((f) => this.columns[f] === undefined),
    );
    return {
      kind: this.schema.kind,
      headers: this.headers,
      columns: this.columns,
      joined: this.joined,
      extras: free.filter((i) => !this.leftOut.has(i)),
      unmapped: free.map((i) => this.headers[i] ?? ""),
      duplicates: this.duplicates,
      missing,
    };
  }

  private isFree(index: number): boolean {
    return !this.used.has(index);
  }

  private typeOf(field: FieldOf<K>) {
    return this.schema.columns.find((c) => c.field === field)?.type;
  }
}

function buildLookup<F extends string>(
  columns: readonly ColumnSpec<F>[],
  custom: Readonly<Record<string, F | null>>,
): Lookup<F> {
  const lookup: Lookup<F> = new Map();
  // Canonical headers first so a synonym shared with another column ("Customer ID") never
  // steals the column named exactly like that field.
  for (const c of columns) {
    lookup.set(normalizeHeader(c.header), { field: c.field, user: false, rank: 0 });
  }
  for (const c of columns) {
    c.synonyms.forEach((synonym, i) => {
      const key = normalizeHeader(synonym);
      if (!lookup.has(key)) lookup.set(key, { field: c.field, user: false, rank: i + 1 });
    });
  }
  for (const [header, field] of Object.entries(custom)) {
    lookup.set(normalizeHeader(header), { field, user: true, rank: -1 });
  }
  return lookup;
}
