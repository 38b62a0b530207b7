import { applySyncBatch, type SyncBatch } from "../../src/store";
import { customer, deal, dump, withDatabase } from "./helpers";

const issue = (row: number) => ({
  sheet: "Pipeline",
  row,
  column: "Amount",
  address: `Pipeline!F${row}`,
  message: `Amount "x${row}" is not a number`,
  severity: "error" as const,
});

const fullBatch = (at: number): SyncBatch => ({
  at,
  records: {
    customers: { put: [customer("C-1", { email: "Ada@Example.com", company: "Acme" })] },
    deals: { put: [deal("D-1"), deal("D-2"), deal("D-3")] },
  },
  history: [
    {
      table: "deals",
      recordId: "D-1",
      field: "stage",
      before: "Lead",
      after: "Won",
      at,
      source: "sheet",
    },
  ],
  stageTransitions: [{ dealId: "D-1", from: "Lead", to: "Won", at }],
  snapshots: { deals: { put: [deal("D-1", { amount: 50 })] } },
  issues: { deals: [issue(7)] },
  conflicts: [
    { table: "deals", recordId: "D-2", field: "amount", base: 1, sheet: 2, pane: 3, createdAt: at },
  ],
  syncState: { lastFullSync: at },
});

describe("applySyncBatch", () => {
  it("applies every part of the change set", async () => {
    await withDatabase("apply", async (db) => {
      const result = await applySyncBatch(db, fullBatch(1000));
      expect(result).toEqual({
        put: 4,
        tombstoned: 0,
        history: 1,
        stageTransitions: 1,
        issues: 1,
        conflicts: 1,
      });
      expect(await db.records.sets.customers.get("C-1")).toEqual({
        id: "C-1",
        name: "Customer C-1",
        email: "Ada@Example.com",
        company: "Acme",
      });
      expect(await db.records.sets.deals.size).toBe(3);
      expect(await db.history.count()).toBe(1);
      expect(await db.stageTransitions.count()).toBe(1);
      expect((await db.snapshots.get(["deals", "D-1"]))?.values).toMatchObject({ amount: 50 });
      expect(await db.issues.toArray()).toEqual([{ seq: 1, table: "deals", ...issue(7) }]);
      expect(await db.syncState.get("lastFullSync")).toEqual({ key: "lastFullSync", value: 1000 });
    });
  });

  it("tombstones removed rows (keeping the first removal time) and brings them back on put", async () => {
    await withDatabase("tombstone", async (db) => {
      await applySyncBatch(db, { at: 1, records: { deals: { put: [deal("D-1"), deal("D-2")] } } });
      const removed = await applySyncBatch(db, {
        at: 2,
        records: { deals: { tombstone: ["D-1", "nope"] } },
      });
      expect(removed.tombstoned).toBe(1);
      await applySyncBatch(db, { at: 3, records: { deals: { tombstone: ["D-1"] } } });
      expect((await db.records.sets.deals.get("D-1"))?.deleted).toBe(2);
      expect(await db.records.sets.deals.size).toBe(2);
      await applySyncBatch(db, {
        at: 4,
        records: { deals: { put: [deal("D-1", { stage: "Won" })] } },
      });
      expect(await db.records.sets.deals.get("D-1")).toEqual(deal("D-1", { stage: "Won" }));
    });
  });

  it("replaces only the issues of the tables it lists", async () => {
    await withDatabase("issues", async (db) => {
      await applySyncBatch(db, {
        at: 1,
        issues: { deals: [issue(3), issue(4)], customers: [{ ...issue(5), sheet: "Customers" }] },
      });
      await applySyncBatch(db, { at: 2, issues: { deals: [issue(9)] } });
      const issues = await db.issues.toArray();
      expect(issues.map((i) => [i.table, i.row])).toEqual([
        ["customers", 5],
        ["deals", 9],
      ]);
      await applySyncBatch(db, { at: 3, issues: { deals: [] } });
      expect(await db.issues.where("table").equals("deals").count()).toBe(0);
    });
  });

  it("removes snapshots it is told to remove", async () => {
    await withDatabase("snapshots", async (db) => {
      await applySyncBatch(db, { at: 1, snapshots: { deals: { put: [deal("D-1")] } } });
      await applySyncBatch(db, { at: 2, snapshots: { deals: { remove: ["D-1"] } } });
      expect(await db.snapshots.count()).toBe(0);
    });
  });

  it("accepts an empty batch", async () => {
    await withDatabase("empty", async (db) => {
      expect((await applySyncBatch(db, { at: 1 })).put).toBe(0);
    });
  });

  it("leaves the store exactly as before when a write fails midway", async () => {
    await withDatabase("fault", async (db) => {
      await applySyncBatch(db, fullBatch(1000));
      await applySyncBatch(db, { at: 1001, records: { deals: { tombstone: ["D-3"] } } });
      const before = await dump(db);

      let created = 0;
      const failOnThird = () => {
        created += 1;
        if (created === 3) throw new Error("injected fault on the 3rd new chunk");
      };
      // the customers', deals' and costs' chunks: the third write fails, after two went in
      db.recordChunks.hook("creating", failOnThird);
      db.recordChunks.hook("updating", failOnThird);
      const batch: SyncBatch = {
        at: 2000,
        records: {
          customers: { put: [customer("C-2")], tombstone: ["C-1"] },
          deals: {
            put: [deal("D-1", { stage: "Won" }), deal("D-4"), deal("D-5"), deal("D-6")],
            tombstone: ["D-2"],
          },
          costs: {
            put: [{ id: "K-1", item: "Licence", kind: "Cost", frequency: "Monthly", amount: 9 }],
          },
        },
        history: [
          {
            table: "deals",
            recordId: "D-1",
            field: "amount",
            before: 1,
            after: 2,
            at: 2000,
            source: "pane",
          },
        ],
        stageTransitions: [{ dealId: "D-4", to: "Lead", at: 2000 }],
        snapshots: { deals: { remove: ["D-1"] } },
        issues: { deals: [] },
        conflicts: [
          {
            table: "deals",
            recordId: "D-1",
            field: "x",
            base: 0,
            sheet: 1,
            pane: 2,
            createdAt: 2000,
          },
        ],
        syncState: { lastFullSync: 2000 },
      };
      await expect(applySyncBatch(db, batch)).rejects.toThrow("injected fault");
      expect(created).toBe(3);
      db.recordChunks.hook("creating").unsubscribe(failOnThird);
      db.recordChunks.hook("updating").unsubscribe(failOnThird);

      expect(await dump(db)).toEqual(before);
    });
  });

  it("also rolls back when a later step fails (a history row with a duplicate key)", async () => {
    await withDatabase("fault-key", async (db) => {
      await applySyncBatch(db, fullBatch(1000));
      const before = await dump(db);
      const existingSeq = (await db.history.toCollection().primaryKeys())[0];
      const batch: SyncBatch = {
        at: 3000,
        records: { deals: { put: [deal("D-9")], tombstone: ["D-1"] } },
        history: [
          {
            seq: existingSeq,
            table: "deals",
            recordId: "D-9",
            field: "stage",
            before: undefined,
            after: "Lead",
            at: 3000,
            source: "sheet",
          } as never,
        ],
        syncState: { lastFullSync: 3000 },
      };
      await expect(applySyncBatch(db, batch)).rejects.toThrow();
      expect(await dump(db)).toEqual(before);
    });
  });
});
