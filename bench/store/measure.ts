// Measuring helpers for the store benchmarks, in the page: the V8 heap after a collection, the
// raw read of a store's persisted chunks (the reopen limit), and synthetic customers for 1M rows.
import type { Customer } from "../../src/domain/records";
import { generateSampleWorkbook } from "../../src/domain/sample";

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function typedPrefixes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

/** Used JS heap in MB after a full collection (Chromium with --expose-gc and precise memory info). */
export async function heapMb(): Promise<number> {
  const page = globalThis as unknown as {
    gc?: () => void;
    performance: { memory?: { usedJSHeapSize: number } };
  };
  for (let i = 0; i < 3; i++) {
    page.gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  return (page.performance.memory?.usedJSHeapSize ?? NaN) / 1024 / 1024;
}

/**
 * Opens a store with the bare IndexedDB API and reads every value of its recordChunks: the
 * physical floor of reopening it (the time includes opening the database, as a reopen must).
 */
export function readChunksRaw(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      const all = idb.transaction("recordChunks").objectStore("recordChunks").getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        const ms = performance.now() - start;
        idb.close();
        resolve(ms);
      };
    };
  });
}

/** `count` customers shaped like the sample's (names, companies, e-mails), as domain records. */
export function syntheticCustomers(count: number): Customer[] {
  const base = generateSampleWorkbook({
    customers: 10_000,
    deals: 0,
    activities: 0,
    today: 46000,
  })[0];
  const out: Customer[] = [];
  for (let i = 0; i < count; i++) {
    const row = base.rows[i % base.rows.length];
    const n = Math.floor(i / base.rows.length);
    out.push({
      id: `C-${String(i + 1).padStart(7, "0")}`,
      name: String(row[1]),
      company: String(row[2]) || undefined,
      email: n === 0 ? String(row[3]) : String(row[3]).replace("@", `${n}@`),
      owner: String(row[5]),
      status: String(row[6]),
      totalSpend: Number(row[10]) || 0,
    } as Customer);
  }
  return out;
}
