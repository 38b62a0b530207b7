import { editRecord } from "../../src/sync/edit-record";
import { fullSync } from "../../src/sync/full-sync";
import { mergeCustomers } from "../../src/sync/merge-customers";
import { resolveConflict } from "../../src/sync/resolve-conflict";
import { RejectedEdit } from "../../src/sync/write-record-fields";
import { crmWorkbook, freshDb, syncOptions } from "./sync-fixture";

const AT = 1_700_000_000_000;

async function synced() {
  const fixture = crmWorkbook({
    customers: [
      ["CUS-1", "Ann Lee", "Acme", "ann@acme.test"],
      ["CUS-2", "Ann Lee", "Acme Inc", "ANN@acme.test"],
      ["CUS-3", "Bob Ray", "Bolt", "bob@bolt.test"],
    ],
    deals: [
      ["D-1", "Acme renewal", "CUS-1", "Acme", "Lead", 100],
      ["D-2", "Acme upsell", "CUS-2", "Acme", "Proposal", 200],
    ],
    activities: [["A-1", 46000, "CUS-2", "D-2", "Call", "Intro call"]],
  });
  const db = await freshDb();
  await fullSync(fixture.port, db, syncOptions());
  return { ...fixture, db };
}

describe("editRecord", () => {
  it("writes the workbook first, as text, then the store with pane history", async () => {
    const { model, port, db } = await synced();
    const result = await editRecord(
      port,
      db,
      "customers",
      "CUS-3",
      {
        notes: '=HYPERLINK("x")',
        phone: "+49 30 123",
      },
      { now: () => AT + 1 },
    );
    expect(result).toEqual({ sheetWritten: true });
    expect(model.getCell("Customers", 3, 11)).toMatchObject({
      value: '=HYPERLINK("x")',
      formula: "",
    });
    expect(model.getCell("Customers", 3, 4).value).toBe("+49 30 123");
    expect(await db.records.sets.customers.get("CUS-3")).toMatchObject({ phone: "+49 30 123" });
    expect((await db.history.toArray()).map((h) => [h.field, h.source])).toEqual([
      ["notes", "pane"],
      ["phone", "pane"],
    ]);
    // the next sync finds nothing new
    const report = await fullSync(port, db, { now: () => AT + 2 });
    expect(report.stored.put).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });

  it.each([false, true])(
    "edits a field again that holds text like a formula (formulas keep the apostrophe: %s)",
    async (keepApostrophe) => {
      const { model, port, db } = await synced();
      model.behaviour.formulasKeepApostrophe = keepApostrophe;
      await editRecord(port, db, "customers", "CUS-3", { notes: "=not a formula" });
      await editRecord(port, db, "customers", "CUS-3", { notes: "=still text" });
      expect(model.getCell("Customers", 3, 11)).toMatchObject({
        value: "=still text",
        formula: "",
      });
      expect((await db.records.sets.customers.get("CUS-3"))?.notes).toBe("=still text");
    },
  );

  it("records a stage move and refuses fields the sheet computes", async () => {
    const { model, port, db } = await synced();
    await editRecord(port, db, "deals", "D-1", { stage: "Won" }, { now: () => AT + 1 });
    expect(model.getCell("Pipeline", 1, 4).value).toBe("Won");
    expect(await db.stageTransitions.where("dealId").equals("D-1").last()).toMatchObject({
      from: "Lead",
      to: "Won",
    });
    model.registerFunction("T.ID", (x: unknown) => x);
    model.setValues("Pipeline", "F3", [["=T.ID(200)"]]);
    await expect(editRecord(port, db, "deals", "D-2", { amount: 5 })).rejects.toBeInstanceOf(
      RejectedEdit,
    );
  });
});

describe("three-way merge on sync", () => {
  it("merges a pane edit that missed the sheet with a non-overlapping sheet edit", async () => {
    const { model, port, db } = await synced();
    const spy = jest.spyOn(port, "writeCells").mockRejectedValueOnce(new Error("network down"));
    const result = await editRecord(port, db, "deals", "D-1", { amount: 111 });
    expect(result.sheetWritten).toBe(false);
    spy.mockRestore();
    model.userEdit("Pipeline", 1, 4, "Qualified");
    await fullSync(port, db, { now: () => AT + 5 });
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({
      amount: 111,
      stage: "Qualified",
    });
    expect(model.getCell("Pipeline", 1, 5).value).toBe(111);
    expect(await db.conflicts.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });

  it("keeps a conflict when both sides changed a field, and resolves it for the pane", async () => {
    const { model, port, db } = await synced();
    const spy = jest.spyOn(port, "writeCells").mockRejectedValueOnce(new Error("network down"));
    await editRecord(port, db, "deals", "D-1", { amount: 111 });
    spy.mockRestore();
    model.userEdit("Pipeline", 1, 5, "222");
    const report = await fullSync(port, db, { now: () => AT + 5 });
    expect(report.tables.deals?.conflicts).toBe(1);
    const [conflict] = await db.conflicts.toArray();
    expect(conflict).toMatchObject({
      table: "deals",
      recordId: "D-1",
      field: "amount",
      base: 100,
      sheet: 222,
      pane: 111,
    });
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({ amount: 222 });
    // a second sync neither repeats the conflict nor loses it
    await fullSync(port, db, { now: () => AT + 6 });
    expect(await db.conflicts.count()).toBe(1);
    await resolveConflict(port, db, conflict.seq!, "pane", { now: () => AT + 7 });
    expect(model.getCell("Pipeline", 1, 5).value).toBe(111);
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({ amount: 111 });
    expect(await db.conflicts.get(conflict.seq!)).toMatchObject({
      resolution: 111,
      resolvedAt: AT + 7,
    });
  });

  it("resolving for the sheet keeps the sheet's value on both sides", async () => {
    const { model, port, db } = await synced();
    jest.spyOn(port, "writeCells").mockRejectedValueOnce(new Error("network down"));
    await editRecord(port, db, "deals", "D-1", { title: "Pane title" });
    model.userEdit("Pipeline", 1, 1, "Sheet title");
    await fullSync(port, db, { now: () => AT + 5 });
    const [conflict] = await db.conflicts.toArray();
    model.stats.reset();
    await resolveConflict(port, db, conflict.seq!, "sheet", { now: () => AT + 7 });
    expect(model.stats.roundTrips).toBe(0);
    expect(model.getCell("Pipeline", 1, 1).value).toBe("Sheet title");
    expect(await db.records.sets.deals.get("D-1")).toMatchObject({ title: "Sheet title" });
    expect(await db.conflicts.get(conflict.seq!)).toMatchObject({ resolution: "Sheet title" });
  });
});

describe("mergeCustomers", () => {
  it("re-points deals and activities, deletes the duplicate row and tombstones it", async () => {
    const { model, port, db } = await synced();
    const report = await mergeCustomers(port, db, "CUS-1", "CUS-2", { now: () => AT + 9 });
    expect(report).toEqual({ deals: 1, activities: 1 });
    expect(model.getCell("Pipeline", 2, 2).value).toBe("CUS-1");
    expect(model.getCell("Activities", 1, 2).value).toBe("CUS-1");
    // the duplicate's row is deleted: the row below moves up
    expect([1, 2, 3].map((r) => model.getCell("Customers", r, 0).value)).toEqual([
      "CUS-1",
      "CUS-3",
      "",
    ]);
    expect(await db.records.sets.customers.get("CUS-2")).toMatchObject({ deleted: AT + 9 });
    expect(await db.records.sets.deals.get("D-2")).toMatchObject({ customerId: "CUS-1" });
    expect(await db.records.sets.activities.get("A-1")).toMatchObject({ customerId: "CUS-1" });
    const after = await fullSync(port, db, { now: () => AT + 10 });
    expect(after.stored).toMatchObject({ put: 0, tombstoned: 0 });
  });
});
