// Reads the add-in's own store from inside its frame with plain IndexedDB: what the runtime of
// the shipped page kept, not a handle the page hands to tests. A page that opened another
// workbook has one database per workbook: the open workbook's (its id is in the workbook's
// settings) is the one read.
import type { Page } from "playwright-core";
import { paneFrame } from "./browser";

/**
 * Every row of one table of the frame's CellCRM database ("stageTransitions"); for a record kind
 * ("deals") every record kept in its persisted chunks, tombstoned ones included.
 */
export function storeRows<T>(page: Page, table: string, frame?: string): Promise<T[]> {
  return paneFrame(page, frame).evaluate(async (name) => {
    const id =
      typeof Excel === "undefined"
        ? undefined
        : await Excel.run(async (context) => {
            const setting = context.workbook.settings.getItemOrNullObject("cellcrm.workbookId");
            setting.load("value");
            await context.sync();
            return setting.isNullObject ? undefined : (setting.value as unknown);
          });
    const infos = await indexedDB.databases();
    const info =
      infos.find((d) => typeof id === "string" && d.name === `cellcrm-${id}`) ??
      infos.find((d) => d.name?.startsWith("cellcrm-"));
    if (!info?.name) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name as string);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const kinds = ["customers", "deals", "costs", "activities"];
      const store = kinds.includes(name) ? "recordChunks" : name;
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store, "readonly").objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (store === name) return rows;
      const chunks = rows as { kind: string; records: unknown[] }[];
      return chunks.filter((c) => c.kind === name).flatMap((c) => c.records);
    } finally {
      db.close();
    }
  }, table) as Promise<T[]>;
}
