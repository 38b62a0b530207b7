// Small typed key-value state of the sync: workbook id, last full sync, each user's last look.
// Workbook identity (copy detection) has its own helpers in workbook-identity.ts.

import type { CrmDatabase } from "./crm-database";
import { LAST_FULL_SYNC_KEY, WORKBOOK_ID_KEY, lastSeenKey } from "./sync-state-keys";

export interface SyncStateRepository {
  workbookId(): Promise<string | undefined>;
  /** ms since epoch of the last completed full sync. */
  lastFullSync(): Promise<number | undefined>;
  setLastFullSync(at: number): Promise<void>;
  /** When `user` last looked at the changes (for "changed since you last looked"). */
  lastSeenAt(user: string): Promise<number | undefined>;
  setLastSeenAt(user: string, at: number): Promise<void>;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export function createSyncStateRepository(db: CrmDatabase): SyncStateRepository {
  const get = (key: string) => db.syncState.get(key).then((row) => row?.value);
  const set = async (key: string, value: unknown) => {
    await db.syncState.put({ key, value });
  };
  return {
    workbookId: () => get(WORKBOOK_ID_KEY) as Promise<string | undefined>,
    lastFullSync: () => get(LAST_FULL_SYNC_KEY) as Promise<number | undefined>,
    setLastFullSync: (at) => set(LAST_FULL_SYNC_KEY, at),
    lastSeenAt: (user) => get(lastSeenKey(user)) as Promise<number | undefined>,
    setLastSeenAt: (user, at) => set(lastSeenKey(user), at),
    get,
    set,
  };
}
