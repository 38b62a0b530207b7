import { checkWorkbookIdentity, getWorkbookIdentity, setWorkbookIdentity } from "../../src/store";
import { withDatabase } from "./helpers";

describe("workbook identity (copied workbooks)", () => {
  it("is stored and read back", async () => {
    await withDatabase("identity", async (db) => {
      expect(await getWorkbookIdentity(db)).toBeUndefined();
      const identity = {
        workbookId: "wb1",
        fileUrl: "https://x.sharepoint.com/a.xlsx",
        recordedAt: 5,
      };
      await setWorkbookIdentity(db, identity);
      expect(await getWorkbookIdentity(db)).toEqual(identity);
    });
  });

  it("tells the same file from a copy", () => {
    const recorded = {
      workbookId: "wb1",
      fileUrl: "https://x.sharepoint.com/Docs/CRM.xlsx",
      recordedAt: 1,
    };
    expect(
      checkWorkbookIdentity(recorded, {
        workbookId: "wb1",
        fileUrl: "https://X.sharepoint.com/docs/crm.xlsx?web=1",
      }),
    ).toBe("same");
    expect(
      checkWorkbookIdentity(recorded, {
        workbookId: "wb1",
        fileUrl: "https://x.sharepoint.com/Docs/CRM - Copy.xlsx",
      }),
    ).toBe("copied");
  });

  it("is unknown when nothing or no URL was recorded, or the host gives no URL", () => {
    expect(checkWorkbookIdentity(undefined, { workbookId: "wb1", fileUrl: "a" })).toBe("unknown");
    expect(
      checkWorkbookIdentity(
        { workbookId: "wb1", recordedAt: 1 },
        { workbookId: "wb1", fileUrl: "a" },
      ),
    ).toBe("unknown");
    expect(
      checkWorkbookIdentity(
        { workbookId: "wb1", fileUrl: "a", recordedAt: 1 },
        { workbookId: "wb1" },
      ),
    ).toBe("unknown");
    expect(
      checkWorkbookIdentity(
        { workbookId: "old", fileUrl: "a", recordedAt: 1 },
        { workbookId: "wb1", fileUrl: "a" },
      ),
    ).toBe("unknown");
  });
});
