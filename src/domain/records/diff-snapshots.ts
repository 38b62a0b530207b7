// Change detection between the last synced snapshot and the sheet as read now (DESIGN.md §4):
// added, changed (with field changes) and removed IDs. Pure; maps are keyed by record ID.

import { type FieldChange, diffRecords } from "./diff-records";

export interface RecordChange {
  readonly id: string;
  readonly fields: readonly FieldChange[];
}

export interface SnapshotDiff<R> {
  /** Records present now but not before, in current order. */
  readonly added: readonly R[];
  readonly changed: readonly RecordChange[];
  /** IDs present before but not now (the store tombstones them). */
  readonly removed: readonly string[];
}

export function diffSnapshots<R extends object>(
  previous: ReadonlyMap<string, R>,
  current: ReadonlyMap<string, R>,
): SnapshotDiff<R> {
  const added: R[] = [];
  const changed: RecordChange[] = [];
  for (const [id, record] of current) {
    const before = previous.get(id);
    if (before === undefined) {
      added.push(record);
      continue;
    }
    const fields = diffRecords(before, record);
    if (fields.length > 0) changed.push({ id, fields });
  }
  const removed = [...previous.keys()].filter((id) => !current.has(id));
  return { added, changed, removed };
}

export function isEmptyDiff(diff: SnapshotDiff<unknown>): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0;
}
