// The store of the workbook this runtime is attached to. The runtime opens it once the workbook
// id is known; streaming functions follow it when it changes (e.g. a workbook opened in the
// workbench), and say so plainly while there is none yet.
import type { CrmDatabase } from "../store";

type Listener = (db: CrmDatabase | undefined) => void;

let current: CrmDatabase | undefined;
const listeners = new Set<Listener>();

export function setActiveDatabase(db: CrmDatabase | undefined): void {
  current = db;
  for (const listener of [...listeners]) listener(db);
}

export function getActiveDatabase(): CrmDatabase | undefined {
  return current;
}

/** Calls `listener` with the current database now and on every change; returns unsubscribe. */
export function followActiveDatabase(listener: Listener): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
