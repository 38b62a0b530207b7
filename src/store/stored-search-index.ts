// The customer search index as the store keeps it between sessions: one value saved a moment
// after the index last changed, tagged with the customers' version it reflects. A reopen adopts
// it only at that same version; any other (a crash between a commit and the save, an older
// copy) is ignored and the index is rebuilt from the records.

import type { SearchSnapshot } from "./customer-search-index";

export const SEARCH_INDEX_KEY = "customers";
/** Quiet time before saving: a burst of edits saves once. */
export const SAVE_AFTER_MS = 2000;

export interface StoredSearchIndex {
  readonly version: number;
  readonly index: SearchSnapshot;
}

/** What a reopen reads in one IndexedDB transaction: every chunk, the saved index, its version. */
export interface PersistedForm<Chunk> {
  readonly chunks: Chunk[];
  readonly search?: StoredSearchIndex;
  readonly customersVersion: number;
}

export function readPersistedForm<Chunk>(
  idb: IDBDatabase,
  versionKey: string,
): Promise<PersistedForm<Chunk>> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(["recordChunks", "searchIndex", "syncState"]);
    const chunks = tx.objectStore("recordChunks").getAll();
    const search = tx.objectStore("searchIndex").get(SEARCH_INDEX_KEY);
    const version = tx.objectStore("syncState").get(versionKey);
    tx.oncomplete = () =>
      resolve({
        chunks: chunks.result as Chunk[],
        search: search.result as StoredSearchIndex | undefined,
        customersVersion: (version.result as { value?: number } | undefined)?.value ?? 0,
      });
    tx.onerror = () => reject(tx.error ?? new Error("Reading the CRM store failed."));
  });
}
