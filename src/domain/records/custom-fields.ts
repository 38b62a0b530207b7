// A record's custom fields (record.extra): the sheet's own columns CellCRM has no field for,
// named by their header. Generic record code (diffs, merges, history, write-back) sees each one
// as a field of its own, "extra.City", so a change to City is never a change to Country too.

import { columnLetter } from "./a1-address";
import type { CustomFields } from "./records";

const PREFIX = "extra.";
/** The part of a HeaderMapping that names custom fields. */
export interface CustomColumns {
  readonly headers: readonly string[];
  readonly extras: readonly number[];
}

const keysByMapping = new WeakMap<CustomColumns, readonly string[]>();

/** The custom field name of each column in mapping.extras ("City"; "Column F" when unnamed). */
export function customFieldKeys(mapping: CustomColumns): readonly string[] {
  const cached = keysByMapping.get(mapping);
  if (cached) return cached;
  const seen = new Map<string, number>();
  const keys = mapping.extras.map((index) => {
    const header = String(mapping.headers[index] ?? "").trim();
    const base = header === "" ? `Column ${columnLetter(index)}` : header;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
  keysByMapping.set(mapping, keys);
  return keys;
}

/** The custom fields of one row; undefined when every custom cell is blank. */
export function readCustomFields(
  mapping: CustomColumns,
  cells: readonly unknown[],
): CustomFields | undefined {
  const keys = customFieldKeys(mapping);
  let extra: Record<string, string | number | boolean> | undefined;
  mapping.extras.forEach((index, i) => {
    const value = customValue(cells[index]);
    if (value !== undefined) (extra ??= {})[keys[i]] = value;
  });
  return extra;
}

function customValue(cell: unknown): string | number | boolean | undefined {
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  return text === "" ? undefined : text;
}

/** "extra.City" for City; the flat field name generic record code uses. */
export function customFieldName(key: string): string {
  return PREFIX + key;
}

/** The custom field key of a flat field name, or undefined for a record's own field. */
export function customFieldKey(field: string): string | undefined {
  return field.startsWith(PREFIX) ? field.slice(PREFIX.length) : undefined;
}

/** The record with each custom field as a flat field ("extra.City"), for diffs and merges. */
export function flattenCustomFields(record: object): Readonly<Record<string, unknown>> {
  const source = record as Readonly<Record<string, unknown>> & { extra?: CustomFields };
  // most records have none: no copy on a full sync's hot path
  if (source.extra === undefined) return source;
  const flat: Record<string, unknown> = {};
  for (const field in source) if (field !== "extra") flat[field] = source[field];
  for (const key in source.extra) flat[PREFIX + key] = source.extra[key];
  return flat;
}

/** The inverse of flattenCustomFields; a record without custom values has no `extra`. */
export function nestCustomFields<R>(flat: Readonly<Record<string, unknown>>): R {
  const record: Record<string, unknown> = {};
  let extra: Record<string, unknown> | undefined;
  for (const [field, value] of Object.entries(flat)) {
    const key = customFieldKey(field);
    if (key === undefined) record[field] = value;
    else if (value !== undefined) (extra ??= {})[key] = value;
  }
  if (extra !== undefined) record.extra = extra;
  return record as R;
}
