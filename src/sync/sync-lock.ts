// One sync operation at a time per store: a full sync, an incremental run, a pane edit, a merge
// or a conflict resolution each read the sheet, then write it and the store. Interleaved, two of
// them could plan from the same stale read (e.g. both mint an ID for one new row).

import type { CrmDatabase } from "../store";

const tails = new WeakMap<CrmDatabase, Promise<unknown>>();

/** Runs `work` after every operation queued before it on this store, failed or not. */
export function withSyncLock<T>(db: CrmDatabase, work: () => Promise<T>): Promise<T> {
  const before = tails.get(db) ?? Promise.resolve();
  const run = before.then(work, work);
  tails.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}
