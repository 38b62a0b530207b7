import { DEFAULT_STAGES } from "../../src/domain/pipeline/default-stages";
import { TABLE_SCHEMAS } from "../../src/domain/records";
import { ChunkSizer, measureChunk } from "../../src/excel/chunk-sizer";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { readRestOfTable } from "../../src/excel/read-table-in-chunks";
import {
  columnName,
  createExcelApi,
  type SimValue,
  WorkbookModel,
} from "../../src/workbench/simulator";
import { countRefusals, workbookWithTable } from "./port-fixture";

const LIMIT = 300_000;
const BUDGET = 0.8 * LIMIT;

/** A Customers table of the given rows under a small payload limit, with refusals counted. */
function customersWorkbook(rows: SimValue[][]) {
  const schema = TABLE_SCHEMAS.customers;
  const headers = schema.columns.slice(0, rows[0].length).map((c) => c.header);
  const model = new WorkbookModel();
  model.addSheet(schema.sheetName);
  model.setValues(schema.sheetName, "A1", [headers, ...rows]);
  const last = `${columnName(headers.length - 1)}${rows.length + 1}`;
  model.addTable(schema.sheetName, schema.tableName, `A1:${last}`);
  const watched = countRefusals(createExcelApi(model, { payloadLimitBytes: LIMIT }));
  const port = createOfficeWorkbookPort(watched.excel, { payloadBudgetBytes: BUDGET });
  return { model, port, refused: watched.refused };
}

const person = (i: number) => [`CUS-${i}`, `Person ${i}`, `Company ${i % 100}`, `p${i}@x.test`];

describe("readTable in chunks", () => {
  it("reads 30,000 rows with every request under the limit and few round trips", async () => {
    const { model, port, refused } = customersWorkbook(
      Array.from({ length: 30_000 }, (_, i) => person(i)),
    );
    model.stats.reset();
    const progress: number[] = [];
    const read = await port.readTable("customers", {
      onProgress: (p) => progress.push(p.rowsRead),
    });
    expect(read.rows).toHaveLength(30_000);
    expect(read.rows[29_999][0]).toBe("CUS-29999");
    expect(read).toMatchObject({ sheet: "Customers", headerRow: 1, firstColumn: 0 });
    expect(read.headers).toEqual(["ID", "Name", "Company", "Email"]);
    const { roundTrips, responseBytes } = model.stats;
    expect(refused()).toBe(0);
    expect(responseBytes).toBeGreaterThan(4 * LIMIT);
    expect(roundTrips).toBeLessThanOrEqual(Math.ceil(responseBytes / BUDGET) + 2);
    expect(progress.at(-1)).toBe(30_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("shrinks its chunks when later rows grow wider, refusing at most one request", async () => {
    const note = "n".repeat(400);
    const rows = Array.from({ length: 3_000 }, (_, i) => [...person(i), i < 1_000 ? "" : note]);
    const { model, port, refused } = customersWorkbook(rows);
    const read = await port.readTable("customers");
    expect(read.rows).toHaveLength(3_000);
    expect(read.rows[2_999][4]).toBe(note);
    expect(refused()).toBeLessThanOrEqual(1);
    expect(model.stats.responseBytes).toBeGreaterThan(3 * LIMIT);
  });

  it("reads formulas only when asked", async () => {
    const { model, port } = workbookWithTable("customers", [["C1", "Ann", "", ""]]);
    // the simulator computes only registered functions, not Excel's built-ins
    model.registerFunction("T.COPY", (x: unknown) => x);
    model.setValues("Customers", "C2", [["=T.COPY(B2)"]]);
    const plain = await port.readTable("customers");
    expect(plain.formulas).toBeUndefined();
    expect(plain.rows[0][2]).toBe("Ann");
    const withFormulas = await port.readTable("customers", { withFormulas: true });
    expect(withFormulas.formulas?.[0][2]).toBe("=T.COPY(B2)");
    expect(withFormulas.rows[0][2]).toBe("Ann");
  });

  it("stops with an AbortError when cancelled", async () => {
    const { port } = customersWorkbook(Array.from({ length: 20_000 }, (_, i) => person(i)));
    const controller = new AbortController();
    const reading = port.readTable("customers", {
      onProgress: () => controller.abort(),
      signal: controller.signal,
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("readTables", () => {
  it("reads every CRM table in two round trips when they fit in one request", async () => {
    const model = new WorkbookModel();
    model.addSheet("Start");
    const port = createOfficeWorkbookPort(createExcelApi(model));
    await port.ensureTables(DEFAULT_STAGES);
    await port.appendRows("deals", [["D-1", "Deal", "", "", "Lead", 5, "", "", "", "", "", ""]]);
    await port.appendRows("costs", [
      ["K-1", "License", "Cost", "Software", "Monthly", 9, "", "", ""],
    ]);
    model.stats.reset();
    const progress: string[] = [];
    const reads = await port.readTables({
      onProgress: (p) => progress.push(`${p.rowsDone}/${p.totalRows}`),
    });
    expect(model.stats.roundTrips).toBe(2);
    expect([...reads.keys()]).toEqual(["customers", "deals", "costs", "activities"]);
    expect(reads.get("deals")?.rows.map((r) => r[0])).toEqual(["D-1"]);
    expect(reads.get("costs")).toMatchObject({ sheet: "Costs", headerRow: 1, firstColumn: 0 });
    expect(reads.get("activities")?.rows).toEqual([]);
    expect(progress.at(-1)).toBe("2/2");
  });

  it("finds no tables in a workbook without them", async () => {
    const model = new WorkbookModel();
    model.addSheet("Start");
    const reads = await createOfficeWorkbookPort(createExcelApi(model)).readTables();
    expect(reads.size).toBe(0);
  });
});

describe("ChunkSizer", () => {
  it("aims at the budget from measured bytes, the denser of average and latest", () => {
    const sizer = new ChunkSizer(1000);
    expect(sizer.rowsPerChunk()).toBe(1000);
    sizer.measured({ rows: 10, bytes: 100, tailRows: 3, tailBytes: 30 });
    expect(sizer.rowsPerChunk()).toBe(100);
    sizer.measured({ rows: 10, bytes: 400, tailRows: 3, tailBytes: 120 });
    expect(sizer.rowsPerChunk()).toBe(25);
    sizer.measured({ rows: 10, bytes: 100, tailRows: 3, tailBytes: 30 });
    expect(sizer.rowsPerChunk()).toBe(Math.floor(1000 / 20));
  });

  it("follows a chunk's dense tail: the rows just read predict the next ones", () => {
    const sizer = new ChunkSizer(1000);
    const short = Array.from({ length: 30 }, () => ["ab"]);
    const long = Array.from({ length: 10 }, () => ["x".repeat(46)]);
    const chunk = measureChunk([...short, ...long]);
    expect(chunk).toMatchObject({ rows: 40, tailRows: 10, tailBytes: 512 });
    sizer.measured(chunk);
    expect(sizer.rowsPerChunk()).toBe(19);
  });

  it("caps chunks at half of a refused one", () => {
    const sizer = new ChunkSizer(1000);
    sizer.measured({ rows: 10, bytes: 10, tailRows: 3, tailBytes: 3 });
    sizer.refused(300);
    expect(sizer.rowsPerChunk()).toBe(150);
    sizer.refused(1);
    expect(sizer.rowsPerChunk()).toBe(1);
  });
});

describe("readRestOfTable", () => {
  it("fails with the sheet named, instead of looping, when the table shrinks during the read", async () => {
    const emptyRange = { load: () => undefined, toJSON: () => ({ values: [] }) };
    const sheet = { getRangeByIndexes: () => emptyRange } as unknown as Excel.Worksheet;
    const context = { sync: () => Promise.resolve() } as unknown as Excel.RequestContext;
    const frame = {
      sheet: "Customers",
      headers: ["ID"],
      headerRow: 0,
      firstColumn: 0,
      columnCount: 1,
      address: "Customers!A1:A6",
      bodyRows: 5,
    };
    const probe = { kind: "customers" as const, frame, sheet, total: 5, rows: [["C-1"]] };
    await expect(readRestOfTable(context, probe, BUDGET, {})).rejects.toThrow(
      'Sheet "Customers": the table had 5 rows when the read began, but only 1 could be read.',
    );
  });
});
