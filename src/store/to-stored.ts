// Converts between domain records and their stored rows: derived index fields are added on the
// way in and stripped on the way out, so repositories hand out plain domain records. These run
// once per record in a full sync, so they copy with Object.assign / for-in rather than object
// spread, which V8 runs several times slower.

import { type Customer, type RecordKind, type RecordOf, normalizeEmail } from "../domain/records";
import { searchWordsOf } from "./search-words";
import type { StoredCustomer, StoredRecordOf } from "./stored-types";

const STORE_ONLY_FIELDS = new Set(["deleted", "searchWords", "emailKey"]);

export function toStoredCustomer(customer: Customer): StoredCustomer {
  const row: { -readonly [P in keyof StoredCustomer]: StoredCustomer[P] } = Object.assign(
    { searchWords: searchWordsOf(customer) },
    customer,
  );
  if (customer.email !== undefined) row.emailKey = normalizeEmail(customer.email);
  return row;
}

export function toStored<K extends RecordKind>(kind: K, record: RecordOf<K>): StoredRecordOf<K> {
  return (
    kind === "customers" ? toStoredCustomer(record as Customer) : record
  ) as StoredRecordOf<K>;
}

/** The domain record of a stored row, without tombstone or index fields. */
export function fromStored<K extends RecordKind>(row: StoredRecordOf<K>): RecordOf<K> {
  const source = row as unknown as Readonly<Record<string, unknown>>;
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    if (!STORE_ONLY_FIELDS.has(key)) copy[key] = source[key];
  }
  return copy as unknown as RecordOf<K>;
}

export function isLive(row: { readonly deleted?: number }): boolean {
  return row.deleted === undefined;
}
