// In-browser store benchmark (real IndexedDB, real V8 heap): the working set's memory for
// 100,000 customers + 100,000 deals synced from the simulated workbook, reopening that store
// against reading its chunks back raw, and the same store at 1,000,000 customers — written,
// reopened and searched keystroke by keystroke. Logs `bench store …` lines, then "bench-done".
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import {
  CrmDatabase,
  createCustomerRepository,
  deleteWorkbookDatabase,
  openWorkbookDatabase,
} from "../../src/store";
import { SAVE_AFTER_MS } from "../../src/store/stored-search-index";
import { fullSync } from "../../src/sync";
import { generateSampleWorkbook } from "../../src/domain/sample";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";
import { loadIntoModel } from "../../src/workbench/load-sample";
import {
  heapMb,
  percentile,
  readChunksRaw,
  syntheticCustomers,
  typedPrefixes,
} from "../store/measure";

const QUERIES = ["rosa", "ines stan", "willowgate", "pioneer mot", "cleo.ul", "jora f", "zzq"];

async function memoryAt100k(): Promise<void> {
  const model = new WorkbookModel();
  const sheets = generateSampleWorkbook({
    customers: 100_000,
    deals: 100_000,
    activities: 0,
    today: 46000,
  });
  await loadIntoModel(
    model,
    sheets.filter((s) => s.tableName === "CRM_Customers" || s.tableName === "CRM_Pipeline"),
  );
  const port = createOfficeWorkbookPort(createExcelApi(model));
  await deleteWorkbookDatabase("bench-memory");
  const before = await heapMb();
  const db = await openWorkbookDatabase("bench-memory");
  await fullSync(port, db);
  await createCustomerRepository(db).search("warm", 20);
  const after = await heapMb();
  const { customers, deals } = db.records.sets;
  await indexSaved();
  console.log(
    `bench store memory customers=${customers.liveCount} deals=${deals.liveCount} heap_mb=${(after - before).toFixed(1)} target_mb=150`,
  );
  db.close();
  await reopen("bench-memory", customers.size);
  await deleteWorkbookDatabase("bench-memory");
}

/** A second open of a filled store against reading its persisted chunks back, in one run. */
async function reopen(id: string, customers: number): Promise<void> {
  const name = `cellcrm-${id}`;
  const raw = await readChunksRaw(name);
  const start = performance.now();
  const db = new CrmDatabase(name);
  await db.loaded();
  const loaded = performance.now() - start;
  await createCustomerRepository(db).search("r", 20);
  const ms = performance.now() - start;
  db.close();
  console.log(
    `bench store reopen-store customers=${customers} ms=${ms.toFixed(0)} load_ms=${loaded.toFixed(0)} limit_ms=${raw.toFixed(0)} ratio=${(ms / raw).toFixed(2)}`,
  );
}

/** The pane stays open a moment after its last change: long enough to save the search index. */
const indexSaved = () => new Promise((r) => setTimeout(r, SAVE_AFTER_MS + 1000));

async function scale(count: number): Promise<void> {
  await deleteWorkbookDatabase("bench-scale");
  const db = await openWorkbookDatabase("bench-scale");
  const records = syntheticCustomers(count);
  const start = performance.now();
  const { applySyncBatch } = await import("../../src/store");
  await applySyncBatch(db, { at: Date.now(), records: { customers: { put: records } } });
  const writeMs = performance.now() - start;
  db.close();
  const name = `cellcrm-bench-scale`;
  const raw = await readChunksRaw(name);
  const t = performance.now();
  const again = new CrmDatabase(name);
  await again.loaded();
  const openMs = performance.now() - t;
  const repo = createCustomerRepository(again);
  const t2 = performance.now();
  await repo.search("a", 20);
  const indexMs = performance.now() - t2;
  await indexSaved();
  again.close();
  const t3 = performance.now();
  const third = new CrmDatabase(name);
  await third.loaded();
  await createCustomerRepository(third).search("a", 20);
  const savedMs = performance.now() - t3;
  const times: number[] = [];
  for (const prefix of QUERIES.flatMap(typedPrefixes)) {
    const s = performance.now();
    await createCustomerRepository(third).search(prefix, 50);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(
    `bench store scale customers=${count} write_ms=${writeMs.toFixed(0)} reopen_ms=${openMs.toFixed(0)} read_chunks_ms=${raw.toFixed(0)} index_ms=${indexMs.toFixed(0)} reopen_with_saved_index_ms=${savedMs.toFixed(0)} search_p50_ms=${percentile(times, 50).toFixed(1)} search_p95_ms=${percentile(times, 95).toFixed(1)} search_max_ms=${times[times.length - 1].toFixed(1)} heap_mb=${(await heapMb()).toFixed(0)}`,
  );
  third.close();
  await deleteWorkbookDatabase("bench-scale");
}

async function run(): Promise<void> {
  await memoryAt100k();
  if (!location.search.includes("quick")) await scale(1_000_000);
}

run().then(
  () => console.log("bench-done"),
  (error: unknown) =>
    console.error(`bench store failed: ${error instanceof Error ? error.stack : String(error)}`),
);
