import { openWorkbookStore } from "../../src/sync/open-workbook-store";
import { crmWorkbook } from "./sync-fixture";

let n = 0;
const ids = () => `wb-test-${process.pid}-${++n}`;

describe("openWorkbookStore", () => {
  it("mints an id on first open, then reopens the same store", async () => {
    const { port, model } = crmWorkbook(
      { customers: [["CUS-1", "Ann", "Acme", "a@a.test"]] },
      { fileUrl: "https://x/book.xlsx" },
    );
    const first = await openWorkbookStore(port, { mintWorkbookId: ids });
    expect(first.copied).toBe(false);
    expect(model.settings.get("cellcrm.workbookId")).toBe(first.workbookId);
    expect(await first.db.records.sets.customers.size).toBe(1);
    first.db.close();
    const again = await openWorkbookStore(port, { mintWorkbookId: ids });
    expect(again).toMatchObject({ workbookId: first.workbookId, copied: false });
    expect(again.sync.stored.put).toBe(0);
    again.db.close();
  });

  it("gives a copied workbook a fresh id and store, synced from its sheets", async () => {
    const original = crmWorkbook(
      { customers: [["CUS-1", "Ann", "Acme", "a@a.test"]] },
      { fileUrl: "https://x/book.xlsx" },
    );
    const opened = await openWorkbookStore(original.port, { mintWorkbookId: ids });
    opened.db.close();
    const copy = crmWorkbook(
      {
        customers: [
          ["CUS-1", "Ann", "Acme", "a@a.test"],
          ["CUS-9", "Zed", "Zeta", "z@z.test"],
        ],
      },
      { fileUrl: "https://x/Copy of book.xlsx?web=1" },
    );
    copy.model.settings.set("cellcrm.workbookId", opened.workbookId);
    const copied = await openWorkbookStore(copy.port, { mintWorkbookId: ids });
    expect(copied.copied).toBe(true);
    expect(copied.workbookId).not.toBe(opened.workbookId);
    expect(copy.model.settings.get("cellcrm.workbookId")).toBe(copied.workbookId);
    expect(await copied.db.records.sets.customers.size).toBe(2);
    copied.db.close();
    const back = await openWorkbookStore(original.port, { mintWorkbookId: ids });
    expect(back).toMatchObject({ workbookId: opened.workbookId, copied: false });
    expect(await back.db.records.sets.customers.size).toBe(1);
    back.db.close();
  });
});
