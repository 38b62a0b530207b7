import Dexie from "dexie";
import { CrmDatabase, V1_STORES, createHistoryRepository } from "../../src/store";
import { uniqueName } from "./helpers";

describe("schema v1 → v2 upgrade", () => {
  const name = uniqueName("upgrade");

  afterAll(async () => {
    await Dexie.delete(name);
  });

  it("keeps every row and reshapes it for v2", async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.table("customers").bulkAdd([
      { id: "C-1", name: "Ada Lovelace", company: "Engines Ltd", email: "Ada@Example.com" },
      { id: "C-2", name: "Gone Person", removed: true },
    ]);
    await v1.table("deals").bulkAdd([
      {
        id: "D-1",
        title: "Engine",
        stage: "Proposal",
        amount: 500,
        owner: "Kim",
        expectedClose: 46082,
      },
    ]);
    await v1
      .table("costs")
      .add({ id: "K-1", item: "Licence", kind: "Cost", frequency: "Monthly", amount: 20 });
    await v1.table("activities").add({ id: "A-1", date: 46000, type: "Call", removed: false });
    await v1.table("history").bulkAdd([
      {
        table: "deals",
        recordId: "D-1",
        field: "stage",
        before: "Lead",
        after: "Qualified",
        at: 1000,
      },
      { table: "deals", recordId: "D-1", field: "amount", before: 400, after: 500, at: 1500 },
      {
        table: "deals",
        recordId: "D-1",
        field: "stage",
        before: "Qualified",
        after: "Proposal",
        at: 2000,
      },
      {
        table: "customers",
        recordId: "C-1",
        field: "email",
        before: null,
        after: "Ada@Example.com",
        at: 900,
      },
    ]);
    await v1.table("snapshots").add({ table: "deals", id: "D-1", values: { id: "D-1" } });
    await v1.table("issues").add({
      table: "deals",
      sheet: "Pipeline",
      row: 3,
      column: "Amount",
      address: "Pipeline!F3",
      message: "x",
      severity: "error",
    });
    await v1.table("conflicts").add({
      table: "deals",
      recordId: "D-1",
      field: "amount",
      base: 1,
      sheet: 2,
      pane: 3,
      createdAt: 5,
    });
    await v1.table("syncState").add({ key: "lastFullSync", value: 1234 });
    v1.close();

    const before = Date.now();
    const db = new CrmDatabase(name);
    await db.open();
    try {
      expect(db.verno).toBe(2);
      const ada = await db.customers.get("C-1");
      expect(ada).toEqual({
        id: "C-1",
        name: "Ada Lovelace",
        company: "Engines Ltd",
        email: "Ada@Example.com",
        emailKey: "ada@example.com",
        searchWords: expect.arrayContaining([
          "ada",
          "lovelace",
          "engines",
          "ltd",
          "ada@example.com",
        ]),
      });
      const gone = await db.customers.get("C-2");
      expect(gone).not.toHaveProperty("removed");
      expect(gone?.deleted).toBeGreaterThanOrEqual(before);
      expect(await db.activities.get("A-1")).toEqual({ id: "A-1", date: 46000, type: "Call" });
      expect(await db.customers.where("searchWords").startsWith("lov").primaryKeys()).toEqual([
        "C-1",
      ]);
      expect(await db.deals.where("[owner+expectedClose]").equals(["Kim", 46082]).count()).toBe(1);
      expect(await db.costs.get("K-1")).toMatchObject({ item: "Licence" });

      const history = await db.history.toArray();
      expect(history).toHaveLength(4);
      expect(history.every((h) => h.source === "sync")).toBe(true);
      expect(await createHistoryRepository(db).stageTransitions("D-1")).toEqual([
        { seq: 1, dealId: "D-1", from: "Lead", to: "Qualified", at: 1000 },
        { seq: 2, dealId: "D-1", from: "Qualified", to: "Proposal", at: 2000 },
      ]);
      expect(await db.snapshots.count()).toBe(1);
      expect(await db.issues.count()).toBe(1);
      expect(await db.conflicts.count()).toBe(1);
      expect(await db.syncState.get("lastFullSync")).toEqual({ key: "lastFullSync", value: 1234 });
    } finally {
      db.close();
    }
  });
});
