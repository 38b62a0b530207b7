// Storage refused (Safari's blocked storage, partitioned frames): the store opens in memory, and
// says so; storage that works is used as always; other failures are not hidden.
import { IDBKeyRange } from "fake-indexeddb";
import { deleteWorkbookDatabase, isStorageUnavailable, openKeptOrInMemory } from "../../src/store";
import { putRecords } from "./helpers";

const refusing = {
  open() {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
  deleteDatabase() {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
  cmp: (a: number, b: number) => a - b,
} as unknown as IDBFactory;

describe("openKeptOrInMemory", () => {
  afterEach(() => deleteWorkbookDatabase("kept-test"));

  it("keeps the store where the browser allows it", async () => {
    const { db, kept } = await openKeptOrInMemory("kept-test");
    expect(kept).toBe(true);
    db.close();
  });

  it("opens a working store in memory where the browser refuses storage", async () => {
    const { db, kept } = await openKeptOrInMemory("kept-test", {
      indexedDB: refusing,
      IDBKeyRange,
    });
    expect(kept).toBe(false);
    await putRecords(db, "customers", [{ id: "C-1", name: "Ada" }]);
    expect((await db.records.sets.customers.get("C-1"))?.name).toBe("Ada");
    db.close();
  });

  it("tells storage refusals from other failures", () => {
    expect(isStorageUnavailable(new DOMException("no", "SecurityError"))).toBe(true);
    expect(
      isStorageUnavailable({ name: "OpenFailedError", inner: { name: "InvalidStateError" } }),
    ).toBe(true);
    expect(isStorageUnavailable(new Error("schema bug"))).toBe(false);
    expect(isStorageUnavailable({ name: "VersionError" })).toBe(false);
  });
});
