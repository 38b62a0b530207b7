import {
  applySyncBatch,
  createConflictRepository,
  createCustomerRepository,
  createDealRepository,
  createHistoryRepository,
  createIssueRepository,
  createSnapshotRepository,
  createSyncStateRepository,
} from "../../src/store";
import { asExcelSerial } from "../../src/domain/records";
import { customer, deal, withDatabase } from "./helpers";

describe("CustomerRepository", () => {
  const customers = [
    customer("C-1", {
      name: "Ada Lovelace",
      company: "Analytical Engines Ltd",
      email: "ada@engines.example",
    }),
    customer("C-2", {
      name: "Charles Babbage",
      company: "Analytical Engines Ltd",
      email: "CB@engines.example",
    }),
    customer("C-3", { name: "Grace Hopper", company: "Navy", email: "grace@navy.example" }),
    customer("C-4", { name: "Ada Müller", company: "Müller GmbH" }),
    customer("C-5", { name: "Ada Gone", email: "ada@engines.example" }),
  ];

  const seed = (run: (repo: ReturnType<typeof createCustomerRepository>) => Promise<void>) =>
    withDatabase("customers", async (db) => {
      await applySyncBatch(db, { at: 1, records: { customers: { put: customers } } });
      await applySyncBatch(db, { at: 2, records: { customers: { tombstone: ["C-5"] } } });
      await run(createCustomerRepository(db));
    });

  it("gets live customers as plain domain records", () =>
    seed(async (repo) => {
      expect(await repo.get("C-1")).toEqual(customers[0]);
      expect(await repo.get("C-5")).toBeUndefined();
      expect(await repo.get("nope")).toBeUndefined();
    }));

  it("finds customers by e-mail case-insensitively, skipping tombstones", () =>
    seed(async (repo) => {
      expect((await repo.findByEmail(" ADA@Engines.example")).map((c) => c.id)).toEqual(["C-1"]);
      expect((await repo.findByEmail("cb@engines.example")).map((c) => c.id)).toEqual(["C-2"]);
      expect(await repo.findByEmail("none@x.example")).toEqual([]);
    }));

  it("searches word prefixes of name, company and e-mail; every query word must match", () =>
    seed(async (repo) => {
      const ids = async (q: string, limit?: number) =>
        (await repo.search(q, limit)).map((c) => c.id).sort();
      expect(await ids("ada")).toEqual(["C-1", "C-4"]);
      expect(await ids("lov")).toEqual(["C-1"]);
      expect(await ids("ANALYT")).toEqual(["C-1", "C-2"]);
      expect(await ids("analytical ch")).toEqual(["C-2"]);
      expect(await ids("mül")).toEqual(["C-4"]);
      expect(await ids("grace@navy")).toEqual(["C-3"]);
      expect(await ids("engines ada")).toEqual(["C-1"]);
      expect(await ids("ada l")).toEqual(["C-1"]);
      expect(await ids("l ada")).toEqual(["C-1"]);
      expect(await ids("analytical engines l")).toEqual(["C-1", "C-2"]);
      expect(await ids("zzz")).toEqual([]);
      expect(await ids("  ")).toEqual([]);
      expect(await ids("a", 2)).toHaveLength(2);
    }));

  it("lists all live customers", () =>
    seed(async (repo) => {
      expect((await repo.liveAll()).map((c) => c.id)).toEqual(["C-1", "C-2", "C-3", "C-4"]);
    }));

  it("searches 5,000 customers by index without scanning them all", async () => {
    await withDatabase("search-many", async (db) => {
      const many = Array.from({ length: 5000 }, (_, i) =>
        customer(`C-${i}`, {
          name: `Person ${i}`,
          company: i === 4321 ? "Zebra Works" : `Firm ${i % 50}`,
        }),
      );
      await applySyncBatch(db, { at: 1, records: { customers: { put: many } } });
      const repo = createCustomerRepository(db);
      expect((await repo.search("zeb")).map((c) => c.id)).toEqual(["C-4321"]);
      expect(await repo.search("person", 20)).toHaveLength(20);
      // whole names by prefix first, then any order; a short selective word narrows by keys
      const ids = async (q: string) => (await repo.search(q, 20)).map((c) => c.id).sort();
      expect(await ids("person 432")).toEqual(
        ["C-432", ...Array.from({ length: 10 }, (_, i) => `C-432${i}`)].sort(),
      );
      // any order, short words included: the same answer as checking every customer
      const words = (c: (typeof many)[number]) => `${c.name} ${c.company}`.toLowerCase().split(" ");
      const brute = (q: string) =>
        many
          .filter((c) => q.split(" ").every((w) => words(c).some((word) => word.startsWith(w))))
          .map((c) => c.id)
          .sort();
      // "person z": a one-letter word rare among 5,000 candidates, found after 800 are read
      for (const q of [
        "firm 7 person 17",
        "works 43",
        "firm 7 person 4321",
        "7 firm",
        "person z",
      ]) {
        const expected = brute(q);
        expect(await ids(q)).toEqual(expected.length > 20 ? expect.any(Array) : expected);
      }
    });
  }, 30_000);
});

describe("DealRepository", () => {
  const deals = [
    deal("D-1", { stage: "Proposal", owner: "Kim", expectedClose: asExcelSerial(46082) }),
    deal("D-2", {
      stage: "Proposal",
      owner: "Lee",
      expectedClose: asExcelSerial(46090.75),
      customerId: "C-1",
    }),
    deal("D-3", {
      stage: "Won",
      owner: "Kim",
      expectedClose: asExcelSerial(46100),
      customerId: "C-1",
    }),
    deal("D-4", { stage: "Lead", owner: "Kim", expectedClose: asExcelSerial(46085) }),
  ];
  const seed = (run: (repo: ReturnType<typeof createDealRepository>) => Promise<void>) =>
    withDatabase("deals", async (db) => {
      await applySyncBatch(db, { at: 1, records: { deals: { put: deals } } });
      await applySyncBatch(db, { at: 2, records: { deals: { tombstone: ["D-4"] } } });
      await run(createDealRepository(db));
    });

  it("lists deals by stage, case-insensitively", () =>
    seed(async (repo) => {
      expect((await repo.byStage("proposal")).map((d) => d.id)).toEqual(["D-1", "D-2"]);
      expect(await repo.byStage("Lead")).toEqual([]);
    }));

  it("finds deals closing within whole days, optionally for one owner", () =>
    seed(async (repo) => {
      const ids = async (from: number, to: number, owner?: string) =>
        (await repo.closingBetween(from, to, owner)).map((d) => d.id).sort();
      expect(await ids(46082, 46090)).toEqual(["D-1", "D-2"]);
      expect(await ids(46083, 46100)).toEqual(["D-2", "D-3"]);
      expect(await ids(46000, 46200, "Kim")).toEqual(["D-1", "D-3"]);
      expect(await ids(46083, 46200, "Kim")).toEqual(["D-3"]);
      expect(await ids(46100, 46082)).toEqual([]);
    }));

  it("gets, lists by customer and lists all live deals", () =>
    seed(async (repo) => {
      expect(await repo.get("D-1")).toEqual(deals[0]);
      expect(await repo.get("D-4")).toBeUndefined();
      expect((await repo.forCustomer("C-1")).map((d) => d.id)).toEqual(["D-2", "D-3"]);
      expect((await repo.liveAll()).map((d) => d.id)).toEqual(["D-1", "D-2", "D-3"]);
    }));
});

describe("History, conflicts, issues, sync state and snapshots", () => {
  it("lists history per record and since a time, and stage transitions", async () => {
    await withDatabase("history", async (db) => {
      await applySyncBatch(db, {
        at: 10,
        history: [
          {
            table: "deals",
            recordId: "D-1",
            field: "stage",
            before: "Lead",
            after: "Won",
            at: 10,
            source: "sheet",
          },
          {
            table: "deals",
            recordId: "D-1",
            field: "amount",
            before: 1,
            after: 2,
            at: 20,
            source: "pane",
          },
          {
            table: "deals",
            recordId: "D-2",
            field: "amount",
            before: 1,
            after: 3,
            at: 30,
            source: "sheet",
          },
        ],
        stageTransitions: [
          { dealId: "D-1", from: "Lead", to: "Won", at: 10 },
          { dealId: "D-2", to: "Lead", at: 5 },
        ],
      });
      const repo = createHistoryRepository(db);
      expect((await repo.forRecord("deals", "D-1")).map((h) => h.field)).toEqual([
        "stage",
        "amount",
      ]);
      expect((await repo.since(20)).map((h) => h.at)).toEqual([20, 30]);
      expect((await repo.since(0, ["sheet"])).map((h) => h.at)).toEqual([10, 30]);
      expect((await repo.stageTransitions()).map((t) => t.dealId)).toEqual(["D-2", "D-1"]);
      expect(await repo.stageTransitions("D-2")).toEqual([
        { seq: 2, dealId: "D-2", to: "Lead", at: 5 },
      ]);
    });
  });

  it("keeps conflicts until resolved and records the resolution", async () => {
    await withDatabase("conflicts", async (db) => {
      await applySyncBatch(db, {
        at: 1,
        conflicts: [
          {
            table: "deals",
            recordId: "D-1",
            field: "amount",
            base: 1,
            sheet: 2,
            pane: 3,
            createdAt: 1,
          },
          {
            table: "deals",
            recordId: "D-2",
            field: "stage",
            base: "Lead",
            sheet: "Won",
            pane: "Lost",
            createdAt: 2,
          },
        ],
      });
      const repo = createConflictRepository(db);
      const [first] = await repo.open();
      expect(await repo.resolve(first.seq ?? -1, 3, 50)).toBe(true);
      expect(await repo.resolve(999, 3, 50)).toBe(false);
      expect((await repo.open()).map((c) => c.recordId)).toEqual(["D-2"]);
      expect(await repo.forRecord("deals", "D-1")).toEqual([
        expect.objectContaining({ resolution: 3, resolvedAt: 50, pane: 3, sheet: 2 }),
      ]);
    });
  });

  it("lists issues per table in sheet order", async () => {
    await withDatabase("issue-list", async (db) => {
      const issue = (sheet: string, row: number) => ({
        sheet,
        row,
        column: "A",
        address: `${sheet}!A${row}`,
        message: "m",
        severity: "warning" as const,
      });
      await applySyncBatch(db, {
        at: 1,
        issues: { deals: [issue("Pipeline", 2), issue("Pipeline", 5)], costs: [issue("Costs", 3)] },
      });
      const repo = createIssueRepository(db);
      expect((await repo.list("deals")).map((i) => i.row)).toEqual([2, 5]);
      expect(await repo.list()).toHaveLength(3);
    });
  });

  it("stores typed sync state, per-user last-seen times included", async () => {
    await withDatabase("state", async (db) => {
      const repo = createSyncStateRepository(db);
      expect(await repo.lastFullSync()).toBeUndefined();
      await repo.setLastFullSync(123);
      await repo.setLastSeenAt("kim@example.com", 5);
      await repo.setLastSeenAt("lee@example.com", 7);
      expect(await repo.lastFullSync()).toBe(123);
      expect(await repo.lastSeenAt("kim@example.com")).toBe(5);
      expect(await repo.lastSeenAt("lee@example.com")).toBe(7);
      await repo.set("stages", [{ name: "Lead", probability: 0.1 }]);
      expect(await repo.get("stages")).toEqual([{ name: "Lead", probability: 0.1 }]);
    });
  });

  it("gives merge bases: the stored record unless a snapshot overrides it", async () => {
    await withDatabase("bases", async (db) => {
      await applySyncBatch(db, {
        at: 1,
        records: { customers: { put: [customer("C-1"), customer("C-2"), customer("C-3")] } },
        snapshots: { customers: { put: [customer("C-2", { name: "Before pane edit" })] } },
      });
      await applySyncBatch(db, { at: 2, records: { customers: { tombstone: ["C-3"] } } });
      const repo = createSnapshotRepository(db);
      const bases = await repo.bases("customers");
      expect([...bases.keys()]).toEqual(["C-1", "C-2"]);
      expect(bases.get("C-1")).toEqual(customer("C-1"));
      expect(bases.get("C-2")).toEqual(customer("C-2", { name: "Before pane edit" }));
      const all = await repo.all("customers");
      expect(all.get("C-3")).toEqual({ ...customer("C-3"), deleted: 2 });
    });
  });
});
