import { CrmDatabase, createCustomerRepository } from "../../src/store";
import { CustomerSearchIndex } from "../../src/store/customer-search-index";
import { SAVE_AFTER_MS } from "../../src/store/stored-search-index";
import { customer, putRecords, withDatabase } from "./helpers";

const settle = () => new Promise((r) => setTimeout(r, SAVE_AFTER_MS + 300));

async function reopen(name: string) {
  const db = new CrmDatabase(name);
  await db.loaded();
  return db;
}

const names = async (db: CrmDatabase, q: string) =>
  (await createCustomerRepository(db).search(q, 10)).map((c) => c.name);

describe("the saved customer search index", () => {
  it("is taken on reopen when it matches the stored customers, and answers like a rebuilt one", async () => {
    await withDatabase("search-saved", async (db) => {
      await putRecords(db, "customers", [
        customer("C-1", { name: "Ines Stanwell" }),
        customer("C-2", { name: "Rosa Veyton" }),
      ]);
      expect(await names(db, "ines")).toEqual(["Ines Stanwell"]);
      await settle();
      const adopted = jest.spyOn(CustomerSearchIndex, "fromSnapshot");
      const again = await reopen(db.name);
      try {
        expect(adopted).toHaveBeenCalledTimes(1);
        expect(await names(again, "ines")).toEqual(["Ines Stanwell"]);
        expect(await names(again, "veyt")).toEqual(["Rosa Veyton"]);
        await putRecords(again, "customers", [customer("C-3", { name: "Ines Quill" })]);
        expect(await names(again, "ines")).toEqual(["Ines Stanwell", "Ines Quill"]);
      } finally {
        adopted.mockRestore();
        again.close();
      }
    });
  });

  it("is ignored when customers changed after it was saved, so search never answers from the past", async () => {
    await withDatabase("search-stale", async (db) => {
      await putRecords(db, "customers", [customer("C-1", { name: "Ines Stanwell" })]);
      await names(db, "ines");
      await settle();
      // a rename, then the pane closes before the index is saved again
      await putRecords(db, "customers", [customer("C-1", { name: "Rosa Veyton" })]);
      db.close();
      const adopted = jest.spyOn(CustomerSearchIndex, "fromSnapshot");
      const again = await reopen(db.name);
      try {
        expect(adopted).not.toHaveBeenCalled();
        expect(await names(again, "ines")).toEqual([]);
        expect(await names(again, "rosa")).toEqual(["Rosa Veyton"]);
      } finally {
        adopted.mockRestore();
        again.close();
      }
    });
  });
});
