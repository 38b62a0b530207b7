// The runtime's task pane services over the simulated workbook: what the pane writes reaches the
// sheet before the store, settings steer every sync, the sample never mixes with real records,
// and "what changed" starts from the user's first look.
import { startCrmSession, type CrmSession } from "../../src/app/crm-session";
import { addCustomer, logActivity } from "../../src/app/customer-edit-services";
import { watchCustomerView } from "../../src/app/customer-services";
import type { CustomerView } from "../../src/domain/activity";
import { watchDealChanges } from "../../src/app/pipeline-services";
import {
  applySheetMapping,
  createCrmTables,
  loadSample,
  saveSettings,
} from "../../src/app/setup-services";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { asExcelSerial } from "../../src/domain/records";
import { createCustomerRepository } from "../../src/store";
import type { DealChangeFeed } from "../../src/taskpane/services";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

const sessions: CrmSession[] = [];

async function open(model: WorkbookModel): Promise<CrmSession> {
  const session = await startCrmSession({ port: createOfficeWorkbookPort(createExcelApi(model)) });
  sessions.push(session);
  return session;
}

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

function emptyWorkbook(): WorkbookModel {
  const model = new WorkbookModel();
  model.addSheet("Sheet1");
  return model;
}

function column(model: WorkbookModel, sheet: string, header: string): unknown[] {
  const { rows, cols } = model.usedSize(sheet);
  const headers = Array.from({ length: cols }, (_, c) => model.getCell(sheet, 0, c).value);
  const c = headers.indexOf(header);
  return Array.from({ length: rows - 1 }, (_, r) => model.getCell(sheet, r + 1, c).value);
}

describe("task pane services", () => {
  it("adds a customer to the sheet first (text stays text), then the store", async () => {
    const model = emptyWorkbook();
    const session = await open(model);
    await createCrmTables(session);
    const id = await addCustomer(session, { name: "=HYPERLINK(1)", email: "ada@example.test" });
    expect(column(model, "Customers", "ID")).toEqual([id]);
    expect(column(model, "Customers", "Name")).toEqual(["=HYPERLINK(1)"]);
    expect(model.getCell("Customers", 1, 1).formula).toBe("");
    expect((await createCustomerRepository(session.db).get(id))?.email).toBe("ada@example.test");
  });

  it("logs an activity as a row of the Activities sheet", async () => {
    const model = emptyWorkbook();
    const session = await open(model);
    await createCrmTables(session);
    const customerId = await addCustomer(session, { name: "Ada" });
    await logActivity(session, { date: 46_000 as never, type: "Call", customerId, summary: "Hi" });
    expect(column(model, "Activities", "Customer ID")).toEqual([customerId]);
    expect(column(model, "Activities", "Summary")).toEqual(["Hi"]);
    expect(await session.db.records.sets.activities.size).toBe(1);
  });

  it("keeps an open customer card live: a logged activity shows without reopening it", async () => {
    const model = emptyWorkbook();
    const session = await open(model);
    await createCrmTables(session);
    const customerId = await addCustomer(session, { name: "Ada" });
    const views: (CustomerView | undefined)[] = [];
    const stop = watchCustomerView(session.db, customerId, (v) => views.push(v), fail);
    await until(() => views.length > 0);
    expect(views.at(-1)?.timeline).toEqual([]);
    await logActivity(session, { date: 46_000 as never, type: "Note", customerId, summary: "Met" });
    await until(() => (views.at(-1)?.timeline.length ?? 0) > 0);
    stop();
  });

  it("maps a sheet with the user's header fixes, and later syncs read it the same way", async () => {
    const model = emptyWorkbook();
    model.addSheet("Clients");
    model.setValues("Clients", "A1", [
      ["Client", "Mail"],
      ["Ada Quill", "ada@example.test"],
    ]);
    const session = await open(model);
    const source = { sheet: "Clients" };
    const customHeaders = { Client: "name", Mail: "email" } as const;
    await applySheetMapping(session, { kind: "customers", source, customHeaders });
    const [ada] = await createCustomerRepository(session.db).liveAll();
    expect(ada).toMatchObject({ name: "Ada Quill", email: "ada@example.test" });
    model.userEdit("Clients", 1, 0, "Ada Quill-Byron");
    await new Promise((r) => setTimeout(r, 400));
    await session.idle();
    expect((await createCustomerRepository(session.db).get(ada.id))?.name).toBe("Ada Quill-Byron");
    expect((await session.syncNow()).tables.customers).toMatchObject({ issues: 0, removed: 0 });
  });

  it("logs an activity right after mapping only Customers: the Activities table is made for it", async () => {
    const model = emptyWorkbook();
    model.addSheet("Clients");
    model.setValues("Clients", "A1", [
      ["Name", "Email"],
      ["Ada Quill", "ada@example.test"],
    ]);
    const session = await open(model);
    await applySheetMapping(session, {
      kind: "customers",
      source: { sheet: "Clients" },
      customHeaders: {},
    });
    const [ada] = await createCustomerRepository(session.db).liveAll();
    const date = asExcelSerial(46000);
    await logActivity(session, { date, customerId: ada.id, type: "Call", summary: "Intro" });
    expect(column(model, "Activities", "Summary")).toEqual(["Intro"]);
    expect(
      model
        .tables()
        .map((t) => t.name)
        .sort(),
    ).toEqual(["CRM_Activities", "CRM_Customers"]);
  });

  it("loads the sample only into empty tables, and says why not otherwise", async () => {
    const model = emptyWorkbook();
    const session = await open(model);
    await loadSample(session);
    const customers = await createCustomerRepository(session.db).liveAll();
    expect(customers.length).toBeGreaterThan(10);
    expect(column(model, "Pipeline", "Stage").length).toBeGreaterThan(10);
    await expect(loadSample(session)).rejects.toThrow(
      /already hold records: Customers \(\d+ rows\)/,
    );
    expect(await createCustomerRepository(session.db).liveAll()).toHaveLength(customers.length);
  });

  it("starts 'what changed' at the first look, then shows a teammate's move", async () => {
    const model = emptyWorkbook();
    const session = await open(model);
    await loadSample(session);
    const feeds: DealChangeFeed[] = [];
    const stop = watchDealChanges(session, (f) => feeds.push(f), fail);
    await until(() => feeds.length > 0);
    expect(feeds.at(-1)?.changes).toEqual([]);
    const stages = column(model, "Pipeline", "Stage");
    const row = stages.findIndex((s) => s !== "Won") + 1;
    const next = stages[row - 1] === "Lead" ? "Qualified" : "Lead";
    model.userEdit("Pipeline", row, 4, next, "Remote");
    await until(() => (feeds.at(-1)?.changes.length ?? 0) > 0);
    expect(feeds.at(-1)?.changes[0].events[0]).toMatchObject({ kind: "moved", to: next });
    stop();
  }, 20_000);
});

function fail(error: unknown): never {
  throw error;
}

async function until(ok: () => boolean, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!ok()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("settings", () => {
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
  });

  it("saving new stages updates the sheet's Stage drop-down and what the next sync accepts", async () => {
    const model = emptyWorkbook();
    const session = await open(model);
    await createCrmTables(session);
    const stages = [
      { name: "New", probability: 0.1 },
      { name: "Demo", probability: 0.4 },
      { name: "Won", probability: 1 },
      { name: "Lost", probability: 0 },
    ];
    await saveSettings(session, { ...session.settings(), stages });
    const lists = model.validationList.map((v) => v.rule.list?.source);
    expect(lists).toEqual(["New,Demo,Won,Lost"]);
    const { headers } = await session.port.locateRecords("deals", []);
    const row = headers.map(
      (h) => ({ ID: "D-9", Deal: "Pilot", Stage: "Demo", Amount: 500 })[h] ?? "",
    );
    await session.port.appendRows("deals", [row]);
    const report = await session.syncNow();
    expect(report.tables.deals).toMatchObject({ added: 1, issues: 0 });
    expect((await open(model)).settings().stages.map((s) => s.name)).toEqual([
      "New",
      "Demo",
      "Won",
      "Lost",
    ]);
  });
});
