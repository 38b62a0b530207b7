// Between domain records and stored records: a stored record is the domain record plus a
// tombstone once it left the sheet. Live records are handed out as they are kept (frozen by
// the record set, so nobody can change the store by accident); tombstoned ones lose `deleted`.

import type { RecordKind, RecordOf } from "../domain/records";
import type { StoredRecordOf } from "./stored-types";

export function toStored<K extends RecordKind>(_kind: K, record: RecordOf<K>): StoredRecordOf<K> {
  return record as StoredRecordOf<K>;
}

/** The domain record of a stored row, without its tombstone. */
export function fromStored<K extends RecordKind>(row: StoredRecordOf<K>): RecordOf<K> {
  if (row.deleted === undefined) return row as RecordOf<K>;
  const record: { deleted?: number } = Object.assign({}, row);
  delete record.deleted;
  return record as unknown as RecordOf<K>;
}

export function isLive(row: { readonly deleted?: number }): boolean {
  return row.deleted === undefined;
}
