// Read side common to every record kind, from the working set: one record, all live records,
// how many there are. Kind-specific look-ups live in customer-, deal- and activity-repository.

import type { RecordKind, RecordOf } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import { fromStored } from "./to-stored";

export interface RecordRepository<K extends RecordKind> {
  /** The live record with this ID, if any. */
  get(id: string): Promise<RecordOf<K> | undefined>;
  liveAll(): Promise<RecordOf<K>[]>;
  liveCount(): Promise<number>;
}

export function createRecordRepository<K extends RecordKind>(
  db: CrmDatabase,
  kind: K,
): RecordRepository<K> {
  const set = () => db.records.set(kind);
  return {
    async get(id) {
      await db.loaded();
      const row = set().get(id);
      return row && row.deleted === undefined ? fromStored<K>(row) : undefined;
    },
    async liveAll() {
      await db.loaded();
      return set().live() as RecordOf<K>[];
    },
    async liveCount() {
      await db.loaded();
      return set().liveCount;
    },
  };
}
