// The pane's one-line view of the store: when the last full sync ran, how many live records each
// table holds, and how many row issues wait for the user — recomputed whenever the store changes.
import type { RecordKind } from "../domain/records";
import {
  type CrmDatabase,
  createRecordRepository,
  createSyncStateRepository,
  watchQuery,
} from "../store";
import type { SyncStatus } from "../taskpane/services";

async function readStatus(db: CrmDatabase): Promise<SyncStatus> {
  const live = (kind: RecordKind) => createRecordRepository(db, kind).liveCount();
  const [customers, deals, costs, activities, issues, lastSyncAt] = await Promise.all([
    live("customers"),
    live("deals"),
    live("costs"),
    live("activities"),
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
  return watchQuery(db, () => readStatus(db), listener, onError);
}
