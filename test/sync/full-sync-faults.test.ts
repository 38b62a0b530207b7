import { fullSync } from "../../src/sync/full-sync";
import { column, crmWorkbook, dumpStore, failOnSync, freshDb, syncOptions } from "./sync-fixture";

const customers = Array.from({ length: 300 }, (_, i) => [
  i % 50 === 0 ? "" : `CUS-${i}`,
  `Person ${i}`,
  "Co",
  `p${i}@x.test`,
]);

async function syncedOnce(wrap?: (excel: typeof Excel) => typeof Excel) {
  const fixture = crmWorkbook({ customers }, { payloadBudgetBytes: 4000, wrap });
  const db = await freshDb();
  return { ...fixture, db };
}

describe("fullSync failures leave store and workbook as they were", () => {
  it("a read failing on the 2nd chunk", async () => {
    // sync 1 lists the tables, 2 probes them all (the 1st chunk of customers), 3 is its 2nd chunk
    const { model, port, db } = await syncedOnce(failOnSync((n) => n === 3));
    const before = await dumpStore(db);
    await expect(fullSync(port, db, syncOptions())).rejects.toThrow("network down");
    expect(await dumpStore(db)).toEqual(before);
    expect(column(model, "Customers", 0, 1)).toEqual([""]);
  });

  it("the ID write-back failing", async () => {
    let failWrites = false;
    const { model, port, db } = await syncedOnce(failOnSync(() => failWrites));
    const original = port.writeCells;
    port.writeCells = async (kind, updates) => {
      failWrites = true;
      try {
        return await original(kind, updates);
      } finally {
        failWrites = false;
      }
    };
    const before = await dumpStore(db);
    await expect(fullSync(port, db, syncOptions())).rejects.toThrow("network down");
    expect(await dumpStore(db)).toEqual(before);
    expect(column(model, "Customers", 0, 51).filter((v) => v === "")).toHaveLength(2);
  });

  it("a Dexie fault inside the batch: the store rolls back and the written IDs are undone", async () => {
    const { model, port, db } = await syncedOnce();
    await fullSync(port, db, syncOptions());
    model.userEdit("Customers", 2, 1, "Renamed");
    model.setValues("Customers", "A2", [[""]]);
    const before = await dumpStore(db);
    const sheetBefore = column(model, "Customers", 0, 300);
    const bulkAdd = db.history.bulkAdd.bind(db.history);
    db.history.bulkAdd = (() =>
      Promise.reject(new Error("disk full"))) as unknown as typeof bulkAdd;
    await expect(fullSync(port, db, syncOptions())).rejects.toThrow("disk full");
    db.history.bulkAdd = bulkAdd;
    expect(await dumpStore(db)).toEqual(before);
    expect(column(model, "Customers", 0, 300)).toEqual(sheetBefore);
  });
});

describe("two workbooks", () => {
  it("keep separate stores", async () => {
    const a = crmWorkbook({ customers: [["CUS-1", "Ann", "A", "ann@a.test"]] });
    const b = crmWorkbook({ customers: [["CUS-1", "Bea", "B", "bea@b.test"]] });
    const [dbA, dbB] = [await freshDb(), await freshDb()];
    await fullSync(a.port, dbA, syncOptions());
    await fullSync(b.port, dbB, syncOptions());
    a.model.setValues("Customers", "A2", [[""]]);
    a.model.setValues("Customers", "A2", [["", "", "", ""]]);
    await fullSync(a.port, dbA, syncOptions());
    expect(await dbA.records.sets.customers.get("CUS-1")).toMatchObject({
      name: "Ann",
      deleted: expect.any(Number),
    });
    expect(await dbB.records.sets.customers.get("CUS-1")).toEqual(
      expect.objectContaining({ name: "Bea" }),
    );
    expect((await dbB.records.sets.customers.get("CUS-1"))?.deleted).toBeUndefined();
  });
});
