import Dexie from "dexie";
import {
  CrmDatabase,
  V1_STORES,
  V2_STORES,
  createCustomerRepository,
  createDealRepository,
  createHistoryRepository,
} from "../../src/store";
import { uniqueName } from "./helpers";

describe("schema v1 → v3 upgrade (through v2)", () => {
  const name = uniqueName("upgrade");

  afterAll(async () => {
    await Dexie.delete(name);
  });

  it("keeps every row and reshapes it for v2, then moves the records into chunks", async () => {
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
    await db.loaded();
    try {
      expect(db.verno).toBe(3);
      const ada = await db.records.sets.customers.get("C-1");
      expect(ada).toEqual({
        id: "C-1",
        name: "Ada Lovelace",
        company: "Engines Ltd",
        email: "Ada@Example.com",
      });
      const gone = await db.records.sets.customers.get("C-2");
      expect(gone).not.toHaveProperty("removed");
      expect(gone?.deleted).toBeGreaterThanOrEqual(before);
      expect(await db.records.sets.activities.get("A-1")).toEqual({
        id: "A-1",
        date: 46000,
        type: "Call",
      });
      const found = await createCustomerRepository(db).search("lov");
      expect(found.map((c) => c.id)).toEqual(["C-1"]);
      expect(await createDealRepository(db).closingBetween(46082, 46082, "Kim")).toHaveLength(1);
      expect(db.tables.map((t) => t.name)).not.toContain("customers");
      expect(await db.records.sets.costs.get("K-1")).toMatchObject({ item: "Licence" });

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

describe("schema v2 → v3 upgrade", () => {
  const name = uniqueName("upgrade-v2");

  afterAll(async () => {
    await Dexie.delete(name);
  });

  /** 2,500 customers as v2 wrote them: search words, e-mail keys, every 10th tombstoned. */
  const v2Customer = (n: number) => ({
    id: `C-${n}`,
    name: `Person ${n}`,
    email: `P${n}@Example.com`,
    emailKey: `p${n}@example.com`,
    searchWords: ["person", String(n)],
    ...(n % 10 === 0 ? { deleted: 5 } : {}),
  });

  it("moves every record, tombstones too, into chunks of 1,000 without the v2 index fields", async () => {
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    await v2.open();
    await v2.table("customers").bulkAdd(Array.from({ length: 2500 }, (_, i) => v2Customer(i + 1)));
    await v2.table("deals").add({ id: "D-1", title: "Engine", stage: "Won", customerId: "C-7" });
    await v2.table("history").add({
      table: "deals",
      recordId: "D-1",
      field: "stage",
      before: "Lead",
      after: "Won",
      at: 10,
      source: "sheet",
    });
    v2.close();

    const db = new CrmDatabase(name);
    await db.loaded();
    try {
      expect(db.verno).toBe(3);
      const chunks = await db.recordChunks
        .where("[kind+chunk]")
        .between(["customers", 0], ["customers", 9])
        .toArray();
      expect(chunks.map((c) => c.records.length)).toEqual([1000, 1000, 500]);
      expect(db.records.sets.customers.size).toBe(2500);
      expect(db.records.sets.customers.liveCount).toBe(2250);
      expect(db.records.sets.customers.get("C-3")).toEqual({
        id: "C-3",
        name: "Person 3",
        email: "P3@Example.com",
      });
      expect(db.records.sets.customers.get("C-20")?.deleted).toBe(5);
      const byEmail = await createCustomerRepository(db).findByEmail("p7@EXAMPLE.com");
      expect(byEmail.map((c) => c.id)).toEqual(["C-7"]);
      expect((await createDealRepository(db).forCustomer("C-7")).map((d) => d.id)).toEqual(["D-1"]);
      expect(await createHistoryRepository(db).forRecord("deals", "D-1")).toHaveLength(1);
    } finally {
      db.close();
    }
    const again = new CrmDatabase(name);
    await again.loaded();
    expect(again.records.sets.customers.size).toBe(2500);
    again.close();
  });
});
