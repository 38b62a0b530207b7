// The open workbook's store as the runtime holds it: the live =CRM functions follow it, so they
// recompute when the session opens it and say so plainly while there is none yet.
import type { CrmDatabase } from "../store";

export type StoreListener = (db: CrmDatabase | undefined) => void;

export interface StoreHolder {
  set(db: CrmDatabase | undefined): void;
  current(): CrmDatabase | undefined;
  /** Calls `listener` with the current store now and on every change; returns unsubscribe. */
  follow(listener: StoreListener): () => void;
}

export function createStoreHolder(): StoreHolder {
  let current: CrmDatabase | undefined;
  const listeners = new Set<StoreListener>();
  return {
    set(db) {
      if (db === current) return;
      current = db;
      for (const listener of [...listeners]) listener(db);
    },
    current: () => current,
    follow(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
  };
}
