import { fullSync } from "../../src/sync/full-sync";
import { column, crmWorkbook, dumpStore, freshDb, syncOptions } from "./sync-fixture";

const AT = 1_700_000_000_000;

describe("fullSync: first sync", () => {
  it("imports every table, mints missing IDs and writes them back in one write", async () => {
    const { model, port } = crmWorkbook({
      customers: [
        ["CUS-A", "Ann Lee", "Acme", "ann@acme.test"],
        ["", "Bob Ray", "Bolt", "bob@bolt.test"],
      ],
      deals: [
        ["DEAL-A", "Acme renewal", "CUS-A", "Acme", "Proposal", 1200],
        ["", "Bolt pilot", "", "Bolt", "lead", "$1,200.50"],
      ],
    });
    const db = await freshDb();
    model.stats.reset();
    const report = await fullSync(port, db, syncOptions());
    // list the tables, probe all four at once, then per table that needs IDs (2) one re-read of
    // its ID cells (a co-author may have written one since) and one ID write
    expect(model.stats.roundTrips).toBe(6);
    expect(column(model, "Customers", 0, 2)).toEqual(["CUS-A", "CUS-0001"]);
    expect(column(model, "Pipeline", 0, 2)).toEqual(["DEAL-A", "DEAL-0001"]);
    expect(report.tables.customers).toMatchObject({ added: 2, changed: 0, removed: 0 });
    expect(report.tables.deals).toMatchObject({ added: 2, cellsWritten: 1 });
    expect(await db.records.sets.customers.get("CUS-0001")).toMatchObject({
      name: "Bob Ray",
      company: "Bolt",
    });
    expect(await db.records.sets.deals.get("DEAL-0001")).toMatchObject({
      stage: "Lead",
      amount: 1200.5,
    });
    expect(await db.stageTransitions.toArray()).toEqual([
      { seq: 1, dealId: "DEAL-A", to: "Proposal", at: AT },
      { seq: 2, dealId: "DEAL-0001", to: "Lead", at: AT },
    ]);
    expect(await db.syncState.get("lastFullSync")).toEqual({ key: "lastFullSync", value: AT });
  });

  it("re-syncs an unchanged workbook without writing cells or records", async () => {
    const { model, port, excel } = crmWorkbook({
      customers: [["", "Ann Lee", "Acme", "ann@acme.test"]],
      deals: [["", "Acme renewal", "", "Acme", "Won", 99]],
    });
    const db = await freshDb();
    await fullSync(port, db, syncOptions());
    const before = await dumpStore(db);
    const changes: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void changes.push(e.address));
      await context.sync();
    });
    model.stats.reset();
    const report = await fullSync(port, db, { now: () => AT + 1000 });
    // list the tables, then locate and read all four in one request; nothing written
    expect(model.stats.roundTrips).toBe(2);
    expect(report.stored).toMatchObject({ put: 0, tombstoned: 0, history: 0, stageTransitions: 0 });
    await new Promise((r) => setTimeout(r, 5));
    expect(changes).toEqual([]);
    const after = await dumpStore(db);
    expect({ ...after, syncState: [] }).toEqual({ ...before, syncState: [] });
  });
});

describe("fullSync: changes in the sheet", () => {
  async function synced() {
    const fixture = crmWorkbook({
      deals: [
        ["D-1", "Acme renewal", "", "Acme", "Lead", 100],
        ["D-2", "Bolt pilot", "", "Bolt", "Lead", 200],
        ["D-3", "Core deal", "", "Core", "Won", 300],
      ],
    });
    const db = await freshDb();
    await fullSync(fixture.port, db, syncOptions());
    return { ...fixture, db };
  }

  it("records edits as field history and stage transitions", async () => {
    const { model, port, db } = await synced();
    model.userEdit("Pipeline", 1, 4, "Qualified");
    model.userEdit("Pipeline", 1, 5, "150");
    const report = await fullSync(port, db, { now: () => AT + 60_000 });
    expect(report.tables.deals).toMatchObject({ added: 0, changed: 1, removed: 0 });
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({
      stage: "Qualified",
      amount: 150,
    });
    const history = await db.history.toArray();
    expect(history.map(({ seq, ...h }) => (void seq, h))).toEqual([
      {
        table: "deals",
        recordId: "D-1",
        field: "stage",
        before: "Lead",
        after: "Qualified",
        at: AT + 60_000,
        source: "sheet",
      },
      {
        table: "deals",
        recordId: "D-1",
        field: "amount",
        before: 100,
        after: 150,
        at: AT + 60_000,
        source: "sheet",
      },
    ]);
    expect((await db.stageTransitions.toArray()).at(-1)).toMatchObject({
      dealId: "D-1",
      from: "Lead",
      to: "Qualified",
      at: AT + 60_000,
    });
  });

  it("adds inserted rows and tombstones removed ones", async () => {
    const { model, port, db } = await synced();
    await port.appendRows("deals", [["", "Dyn deal", "", "Dyn", "Proposal", 50]].map(pad));
    model.setValues("Pipeline", "A3", [Array(12).fill("")]);
    const report = await fullSync(port, db, { now: () => AT + 5, newId: () => "D-NEW" });
    expect(report.tables.deals).toMatchObject({ added: 1, removed: 1 });
    expect(await db.records.sets.deals.get("D-2")).toMatchObject({
      deleted: AT + 5,
      title: "Bolt pilot",
    });
    expect(await db.records.sets.deals.get("D-NEW")).toMatchObject({
      title: "Dyn deal",
      stage: "Proposal",
    });
    expect(model.getCell("Pipeline", 4, 0).value).toBe("D-NEW");
    // a removed row that comes back is live again
    model.setValues("Pipeline", "A3", [["D-2", "Bolt pilot", "", "Bolt", "Lead", 200]]);
    await fullSync(port, db, { now: () => AT + 9 });
    expect((await db.records.sets.deals.get("D-2"))?.deleted).toBeUndefined();
  });

  it("keeps a stored record whose row now has an unreadable cell, that field empty", async () => {
    const { model, port, db } = await synced();
    model.userEdit("Pipeline", 2, 5, "lots");
    const report = await fullSync(port, db, { now: () => AT + 5 });
    // the sheet keeps "lots" and the issue quotes it; the CRM no longer claims 200
    expect(report.tables.deals).toMatchObject({ removed: 0, changed: 1, issues: 1 });
    expect((await db.records.sets.deals.get("D-2"))?.amount).toBeUndefined();
    expect((await db.records.sets.deals.get("D-2"))?.deleted).toBeUndefined();
  });
});

function pad(row: (string | number)[]): (string | number)[] {
  return [...row, ...Array(12 - row.length).fill("")];
}

describe("fullSync: messy sheets", () => {
  it("reports duplicate IDs, bad cells and unknown stages exactly, and keeps a row whose optional cell is unreadable", async () => {
    const { model, port } = crmWorkbook({
      deals: [
        ["D-1", "Big deal", "", "Acme", "Proposal", "$1,200.50", "", "3/15/2026"],
        ["", "", "", "", "", "", "", ""],
        ["D-2", "Odd stage", "", "Acme", "Maybe", 10],
        ["D-3", "Bad money", "", "Acme", "Lead", "lots"],
        ["D-4", "Bad date", "", "Acme", "Lead", 5, "", "next week"],
        ["D-5", "Formula", "", "Acme", "Won", "=T.DOUBLE(F2)", "", "2026-04-01"],
        ["D-1", "Dup", "", "Acme", "Lead", 1],
      ],
    });
    model.registerFunction("T.DOUBLE", (x: unknown) => Number(x) * 2);
    model.setValues("Pipeline", "F2", [[600.25]]);
    const db = await freshDb();
    const report = await fullSync(port, db, syncOptions());
    const issues = (await db.issues.toArray()).map(
      ({ seq, table, severity, ...i }) => (void seq, void table, void severity, i),
    );
    expect(issues).toEqual([
      {
        sheet: "Pipeline",
        row: 4,
        column: "Stage",
        address: "Pipeline!E4",
        message:
          'Stage "Maybe" is not one of the stages (Lead, Qualified, Proposal, Negotiation, Won, Lost)',
      },
      {
        sheet: "Pipeline",
        row: 5,
        column: "Amount",
        address: "Pipeline!F5",
        message: 'Amount "lots" is not a number',
      },
      {
        sheet: "Pipeline",
        row: 6,
        column: "Expected Close",
        address: "Pipeline!H6",
        message: 'Expected Close "next week" is not a date',
      },
      {
        sheet: "Pipeline",
        row: 8,
        column: "ID",
        address: "Pipeline!A8",
        message: 'ID "D-1" is already used on row 2',
      },
    ]);
    // D-4's unreadable close date and D-3's amount leave those fields empty; D-2 (stage: required) waits
    expect(report.tables.deals).toMatchObject({ added: 4, issues: 4 });
    const d4 = await db.records.sets.deals.get("D-4");
    expect(d4).toMatchObject({ title: "Bad date", amount: 5 });
    expect(d4?.expectedClose).toBeUndefined();
    expect(await db.records.sets.deals.get("D-3")).toMatchObject({ title: "Bad money" });
    expect((await db.records.sets.deals.get("D-3"))?.amount).toBeUndefined();
    expect(await db.records.sets.deals.get("D-2")).toBeUndefined();
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({
      title: "Big deal",
      amount: 600.25,
      expectedClose: 46096,
    });
    expect(await db.records.sets.deals.get("D-5")).toMatchObject({
      amount: 1200.5,
      expectedClose: 46113,
    });
    // the blank row got no ID
    expect(model.getCell("Pipeline", 2, 0).value).toBe("");
  });
});

describe("fullSync: progress and cancellation", () => {
  const rows = Array.from({ length: 400 }, (_, i) => [
    `CUS-${i}`,
    `Person ${i}`,
    "Co",
    `p${i}@x.test`,
  ]);

  it("reports rows done over the total", async () => {
    const { port } = crmWorkbook(
      { customers: rows, deals: [["D-1", "x", "", "", "Lead", 1]] },
      { payloadBudgetBytes: 4000 },
    );
    const db = await freshDb();
    const seen: string[] = [];
    await fullSync(port, db, { onProgress: (p) => seen.push(`${p.rowsDone}/${p.totalRows}`) });
    expect(seen[0]).toBe("50/401");
    expect(seen.at(-1)).toBe("401/401");
    expect(seen.length).toBeGreaterThan(3);
  });

  it("writes nothing when cancelled midway", async () => {
    const { model, port } = crmWorkbook(
      { customers: [...rows, ["", "No id", "Co", "n@x.test"]] },
      { payloadBudgetBytes: 4000 },
    );
    const db = await freshDb();
    const before = await dumpStore(db);
    const controller = new AbortController();
    const sync = fullSync(port, db, {
      signal: controller.signal,
      onProgress: (p) => p.rowsDone > 100 && controller.abort(),
    });
    await expect(sync).rejects.toMatchObject({ name: "AbortError" });
    expect(await dumpStore(db)).toEqual(before);
    expect(model.getCell("Customers", 401, 0).value).toBe("");
  });
});

describe("fullSync: overlapping calls", () => {
  it("run one after the other, so a new row gets one ID, not one per sync", async () => {
    const { model, port } = crmWorkbook({ customers: [["", "Ann Lee", "Acme", "ann@acme.test"]] });
    const db = await freshDb();
    let n = 0;
    const newId = () => `CUS-${++n}`;
    await Promise.all([fullSync(port, db, { newId }), fullSync(port, db, { newId })]);
    expect(n).toBe(1);
    expect(model.getCell("Customers", 1, 0).value).toBe("CUS-1");
    expect((await [...db.records.sets.customers.all()]).map((c) => c.id)).toEqual(["CUS-1"]);
  });
});
