// The pane's one-line view of the store: when the last full sync ran, how many live records each
// table holds, and how many row issues wait for the user — recomputed whenever the store changes.
import { type CrmDatabase, createSyncStateRepository, watchQuery } from "../store";
import type { SyncStatus } from "../taskpane/services";

async function readStatus(db: CrmDatabase): Promise<SyncStatus> {
  const live = (table: CrmDatabase["customers"] | CrmDatabase["deals"]) =>
    table.filter((row) => row.deleted === undefined).count();
  const [customers, deals, costs, activities, issues, lastSyncAt] = await Promise.all([
    live(db.customers),
    live(db.deals),
    db.costs.filter((row) => row.deleted === undefined).count(),
    db.activities.filter((row) => row.deleted === undefined).count(),
    db.issues.count(),
    createSyncStateRepository(db).lastFullSync(),
  ]);
  return { lastSyncAt, customers, deals, costs, activities, issues };
}

export function watchSyncStatus(
  db: CrmDatabase,
  listener: (status: SyncStatus) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(() => readStatus(db), listener, onError);
}
