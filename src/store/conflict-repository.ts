// Merge conflicts waiting for the user (DESIGN.md §4): both values are kept until resolved;
// resolving records the kept value and time, and never deletes the conflict.

import type { RecordKind } from "../domain/records";
import type { CrmDatabase } from "./crm-database";
import type { ConflictRow } from "./stored-types";

export interface ConflictRepository {
  /** Unresolved conflicts, oldest first. */
  open(): Promise<ConflictRow[]>;
  forRecord(table: RecordKind, recordId: string): Promise<ConflictRow[]>;
  /** Marks a conflict resolved with the value the user kept; false when it does not exist. */
  resolve(seq: number, resolution: unknown, at: number): Promise<boolean>;
}

export function createConflictRepository(db: CrmDatabase): ConflictRepository {
  return {
    open() {
      return db.conflicts
        .orderBy("createdAt")
        .filter((c) => c.resolvedAt === undefined)
        .toArray();
    },
    forRecord(table, recordId) {
      return db.conflicts.where("[table+recordId]").equals([table, recordId]).sortBy("seq");
    },
    async resolve(seq, resolution, at) {
      const updated = await db.conflicts.update(seq, { resolution, resolvedAt: at });
      return updated === 1;
    },
  };
}
