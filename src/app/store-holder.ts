// The open workbook's store as the runtime holds it, with the settings the session uses: the live
// =CRM functions follow both, so they recompute when the session opens the store, when a
// co-author saves other stages or probabilities, and say so plainly while there is no store yet.
import type { CrmSettings } from "../excel/workbook-settings";
import type { CrmDatabase } from "../store";

export type StoreListener = (db: CrmDatabase | undefined, settings?: CrmSettings) => void;

export interface StoreHolder {
  set(db: CrmDatabase | undefined): void;
  /** New settings: followers hear the same store again, to recompute with them. */
  setSettings(settings: CrmSettings | undefined): void;
  current(): CrmDatabase | undefined;
  /** Calls `listener` with the current store now and on every change; returns unsubscribe. */
  follow(listener: StoreListener): () => void;
}

export function createStoreHolder(): StoreHolder {
  let current: CrmDatabase | undefined;
  let settings: CrmSettings | undefined;
  const listeners = new Set<StoreListener>();
  const tell = () => {
    for (const listener of [...listeners]) listener(current, settings);
  };
  return {
    set(db) {
      if (db === current) return;
      current = db;
      tell();
    },
    setSettings(next) {
      if (next === settings) return;
      settings = next;
      if (current) tell();
    },
    current: () => current,
    follow(listener) {
      listeners.add(listener);
      listener(current, settings);
      return () => listeners.delete(listener);
    },
  };
}
