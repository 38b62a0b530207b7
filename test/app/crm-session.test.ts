import { getActiveDatabase } from "../../src/app/active-database";
import { startCrmSession } from "../../src/app/crm-session";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { createDealRepository } from "../../src/store";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

function workbookWithOneDeal() {
  const model = new WorkbookModel();
  model.addSheet("Pipeline");
  model.setValues("Pipeline", "A1", [
    ["ID", "Deal", "Customer ID", "Customer", "Stage", "Amount", "Probability", "Expected Close"],
    ["D-1", "Pilot", "", "Ada", "Proposal", 1000, null, 46000],
  ]);
  model.addTable("Pipeline", "CRM_Pipeline", "A1:H2");
  return model;
}

describe("CRM session", () => {
  it("opens the store with a full sync, follows edits, and syncs on demand one at a time", async () => {
    const model = workbookWithOneDeal();
    const port = createOfficeWorkbookPort(createExcelApi(model));
    const session = await startCrmSession({ port });
    try {
      expect(getActiveDatabase()).toBe(session.db);
      const deals = createDealRepository(session.db);
      expect((await deals.get("D-1"))?.stage).toBe("Proposal");

      model.userEdit("Pipeline", 1, 4, "Negotiation");
      await new Promise((r) => setTimeout(r, 400));
      await session.idle();
      expect((await deals.get("D-1"))?.stage).toBe("Negotiation");

      const [a, b] = [session.syncNow(), session.syncNow()];
      expect(a).toBe(b);
      expect((await a).tables.deals).toMatchObject({ added: 0, changed: 0, removed: 0 });
    } finally {
      await session.close();
    }
    expect(getActiveDatabase()).toBeUndefined();
  });
});
