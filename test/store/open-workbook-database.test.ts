import Dexie from "dexie";
import {
  CrmDatabase,
  createSyncStateRepository,
  databaseNameFor,
  deleteWorkbookDatabase,
  openWorkbookDatabase,
} from "../../src/store";
import { customer, putRecords, uniqueName } from "./helpers";

describe("openWorkbookDatabase", () => {
  it("names the database after the workbook and records the id", async () => {
    const id = uniqueName("wb").replace(/[^A-Za-z0-9_-]/g, "");
    const db = await openWorkbookDatabase(id);
    try {
      expect(db.name).toBe(`cellcrm-${id}`);
      expect(db.verno).toBe(3);
      expect(await createSyncStateRepository(db).workbookId()).toBe(id);
    } finally {
      db.close();
      await deleteWorkbookDatabase(id);
    }
    expect(await Dexie.exists(`cellcrm-${id}`)).toBe(false);
  });

  it("never lets two workbooks share data", async () => {
    const [a, b] = [uniqueName("a"), uniqueName("b")];
    const dbA = await openWorkbookDatabase(a);
    const dbB = await openWorkbookDatabase(b);
    try {
      await putRecords(dbA, "customers", [customer("C-1")]);
      expect(await dbA.records.sets.customers.size).toBe(1);
      expect(await dbB.records.sets.customers.size).toBe(0);
      expect(await createSyncStateRepository(dbB).workbookId()).toBe(b);
      dbA.close();
      const again = await openWorkbookDatabase(a);
      expect(again.records.sets.customers.get("C-1")).toMatchObject({ name: "Customer C-1" });
      again.close();
    } finally {
      dbA.close();
      dbB.close();
      await deleteWorkbookDatabase(a);
      await deleteWorkbookDatabase(b);
    }
  });

  it("rejects ids that could escape the naming scheme", () => {
    expect(() => databaseNameFor("../x")).toThrow(/letters, digits/);
    expect(() => databaseNameFor("")).toThrow();
    expect(databaseNameFor("AbC_1-2")).toBe("cellcrm-AbC_1-2");
  });

  it("is a CrmDatabase with every table", async () => {
    const id = uniqueName("tables");
    const db = await openWorkbookDatabase(id);
    try {
      expect(db).toBeInstanceOf(CrmDatabase);
      expect(db.tables.map((t) => t.name).sort()).toEqual(
        [
          "conflicts",
          "history",
          "issues",
          "recordChunks",
          "searchIndex",
          "snapshots",
          "stageTransitions",
          "syncState",
        ].sort(),
      );
    } finally {
      db.close();
      await deleteWorkbookDatabase(id);
    }
  });
});
