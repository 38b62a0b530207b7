// In-browser sync benchmark (real IndexedDB): full sync of 100,000 customers × 12 columns through
// the simulated Excel API, the fastest IndexedDB write of the same records in the same run (chunked, no index), and an
// incremental one-row sync. Logs `bench sync …` lines, then "bench-done".
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import Dexie from "dexie";
import {
  CHUNK_SIZE,
  type CrmDatabase,
  deleteWorkbookDatabase,
  openWorkbookDatabase,
} from "../../src/store";
import { fullSync, startLiveSync } from "../../src/sync";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";
import { generateSampleWorkbook } from "../../src/domain/sample";
import { loadIntoModel } from "../../src/workbench/load-sample";

const CUSTOMERS = 100_000;
const MB = 1024 * 1024;

async function sampleModel(): Promise<WorkbookModel> {
  const sheets = generateSampleWorkbook({
    customers: CUSTOMERS,
    deals: 0,
    activities: 0,
    today: 46000,
  });
  const model = new WorkbookModel();
  await loadIntoModel(
    model,
    sheets.filter((s) => s.tableName === "CRM_Customers"),
  );
  return model;
}

/** The fastest IndexedDB write of the same records: 1,000 per value, a bare key, no index. */
export async function timeFastestWrite(records: readonly unknown[]): Promise<number> {
  const bare = new Dexie("cellcrm-bench-bare");
  bare.version(1).stores({ chunks: "" });
  await bare.open();
  const chunks: unknown[][] = [];
  for (let i = 0; i < records.length; i += CHUNK_SIZE)
    chunks.push(records.slice(i, i + CHUNK_SIZE));
  const start = performance.now();
  await bare.table("chunks").bulkPut(
    chunks,
    chunks.map((_, i) => i),
  );
  const ms = performance.now() - start;
  bare.close();
  await Dexie.delete("cellcrm-bench-bare");
  return ms;
}

async function run(): Promise<void> {
  const model = await sampleModel();
  const port = createOfficeWorkbookPort(createExcelApi(model));
  await deleteWorkbookDatabase("bench");
  const db = await openWorkbookDatabase("bench");
  model.stats.reset();
  const start = performance.now();
  await fullSync(port, db);
  const syncMs = performance.now() - start;
  const { roundTrips, requestBytes, responseBytes } = model.stats;
  const payload = requestBytes + responseBytes;
  const records = [...db.records.sets.customers.all()];
  const bareMs = await timeFastestWrite(records);
  const budget = Math.ceil(payload / (4 * MB)) + 4;
  console.log(
    `bench sync full rows=${records.length} cols=12 ms=${syncMs.toFixed(0)} rows_s=${((records.length / syncMs) * 1000).toFixed(0)} round_trips=${roundTrips} round_trip_budget=${budget} payload_bytes=${payload}`,
  );
  console.log(
    `bench sync bulkput rows=${records.length} ms=${bareMs.toFixed(0)} ratio=${(syncMs / bareMs).toFixed(2)} target_ratio=1.5`,
  );
  // a first sync's customers are indexed for search in the background: time edits after that
  await db.records.search.whenReady();
  await incremental(model, port, db);
  db.close();
  await deleteWorkbookDatabase("bench");
}

async function incremental(
  model: WorkbookModel,
  port: ReturnType<typeof createOfficeWorkbookPort>,
  db: CrmDatabase,
) {
  const live = await startLiveSync(port, db, { debounceMs: 0 });
  const samples: { ms: number; trips: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const row = 1000 + i * 7919;
    model.stats.reset();
    const start = performance.now();
    model.userEdit("Customers", row, 11, `bench note ${i}`);
    await new Promise((r) => setTimeout(r, 0));
    await live.idle();
    const id = String(model.getCell("Customers", row, 0).value);
    samples.push({ ms: performance.now() - start, trips: model.stats.roundTrips });
    if ((await db.records.sets.customers.get(id))?.notes !== `bench note ${i}`) {
      throw new Error("incremental sync did not reach the store");
    }
  }
  await live.stop();
  const median = samples.map((s) => s.ms).sort((a, b) => a - b)[2];
  const trips = Math.max(...samples.map((s) => s.trips));
  console.log(
    `bench sync incremental rows=1 ms=${median.toFixed(1)} round_trips=${trips} target_ms=30 target_round_trips=3`,
  );
}

run().then(
  () => console.log("bench-done"),
  (error: unknown) =>
    console.error(`bench sync failed: ${error instanceof Error ? error.stack : String(error)}`),
);
