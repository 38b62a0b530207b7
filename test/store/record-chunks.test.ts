import { CHUNK_SIZE, CrmDatabase, applySyncBatch, createRecordRepository } from "../../src/store";
import { customer, putRecords, withDatabase } from "./helpers";

const customers = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => customer(`C-${from + i}`));

describe("records persisted in chunks", () => {
  it("keeps 1,000 records per IndexedDB value and reads them all back on open", async () => {
    await withDatabase("chunks", async (db) => {
      await putRecords(db, "customers", customers(1, 2500));
      const chunks = await db.recordChunks.toArray();
      expect(chunks.map((c) => [c.kind, c.chunk, c.records.length])).toEqual([
        ["customers", 0, CHUNK_SIZE],
        ["customers", 1, CHUNK_SIZE],
        ["customers", 2, 500],
      ]);
      const reopened = new CrmDatabase(db.name);
      await reopened.loaded();
      expect(reopened.records.sets.customers.size).toBe(2500);
      expect(reopened.records.sets.customers.get("C-1700")).toEqual(customer("C-1700"));
      reopened.close();
    });
  });

  it("rewrites only the chunks a change touches, and fills the last chunk before opening one", async () => {
    await withDatabase("chunks-dirty", async (db) => {
      await putRecords(db, "customers", customers(1, 1500));
      const written: number[] = [];
      const seen = (_key: unknown, row: { chunk: number }) => void written.push(row.chunk);
      db.recordChunks.hook("creating", seen);
      db.recordChunks.hook("updating", (_changes, _key, row) => void written.push(row.chunk));
      await putRecords(db, "customers", [customer("C-10", { name: "Changed" })]);
      expect(written).toEqual([0]);
      written.length = 0;
      await putRecords(db, "customers", customers(5000, 600));
      expect(written.sort()).toEqual([1, 2]);
      const sizes = (await db.recordChunks.toArray()).map((c) => c.records.length);
      expect(sizes).toEqual([1000, 1000, 100]);
    });
  });

  it("keeps tombstones in their chunk and counts only live records", async () => {
    await withDatabase("chunks-tombstone", async (db) => {
      await putRecords(db, "customers", customers(1, 10));
      await applySyncBatch(db, { at: 7, records: { customers: { tombstone: ["C-3", "C-4"] } } });
      expect(await createRecordRepository(db, "customers").liveCount()).toBe(8);
      const reopened = new CrmDatabase(db.name);
      await reopened.loaded();
      expect(reopened.records.sets.customers.get("C-3")?.deleted).toBe(7);
      expect(reopened.records.sets.customers.liveCount).toBe(8);
      reopened.close();
    });
  });

  it("runs batches one after another, so concurrent writes to one chunk both persist", async () => {
    await withDatabase("chunks-concurrent", async (db) => {
      await putRecords(db, "customers", customers(1, 3));
      await Promise.all([
        putRecords(db, "customers", [customer("C-1", { name: "First" })]),
        putRecords(db, "customers", [customer("C-2", { name: "Second" })]),
      ]);
      const reopened = new CrmDatabase(db.name);
      await reopened.loaded();
      expect(reopened.records.sets.customers.get("C-1")?.name).toBe("First");
      expect(reopened.records.sets.customers.get("C-2")?.name).toBe("Second");
      reopened.close();
    });
  });
});
