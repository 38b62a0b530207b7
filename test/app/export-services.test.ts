// Export for HubSpot / Salesforce over the simulated workbook: the store's records become the
// target's sheets, with the workbook's stages, and a second export asks before replacing them.
import { startCrmSession, type CrmSession } from "../../src/app/crm-session";
import { exportForCrm } from "../../src/app/export-services";
import { createCrmTables, loadSample, saveSettings } from "../../src/app/setup-services";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { createCustomerRepository, createDealRepository } from "../../src/store";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

let session: CrmSession | undefined;
afterEach(() => session?.close());

async function sampleWorkbook() {
  const model = new WorkbookModel();
  model.addSheet("Sheet1");
  const excel = createExcelApi(model);
  session = await startCrmSession({ port: createOfficeWorkbookPort(excel) });
  await createCrmTables(session);
  await loadSample(session);
  return { model, excel, session };
}

function column(model: WorkbookModel, sheet: string, header: string): unknown[] {
  const { rows, cols } = model.usedSize(sheet);
  const headers = Array.from({ length: cols }, (_, c) => model.getCell(sheet, 0, c).value);
  const c = headers.indexOf(header);
  return Array.from({ length: rows - 1 }, (_, r) => model.getCell(sheet, r + 1, c).value);
}

describe("exportForCrm", () => {
  it("writes every live customer and deal as HubSpot's sheets, then asks before replacing", async () => {
    const { model, excel, session } = await sampleWorkbook();
    const customers = await createCustomerRepository(session.db).liveAll();
    const deals = await createDealRepository(session.db).liveAll();
    const result = await exportForCrm(session, "hubspot", { replace: false }, excel);
    expect(result.kind).toBe("written");
    if (result.kind !== "written") return;
    const rows = Object.fromEntries(result.summary.sheets.map((s) => [s.name, s.rows]));
    expect(rows["HubSpot Contacts"]).toBe(customers.filter((c) => c.name || c.email).length);
    expect(rows["HubSpot Deals"]).toBe(deals.length);
    expect(column(model, "HubSpot Deals", "Deal Name")).toEqual(deals.map((d) => d.title));
    expect(column(model, "HubSpot Deals", "Pipeline").every((p) => p === "Sales Pipeline")).toBe(
      true,
    );

    const again = await exportForCrm(session, "hubspot", { replace: false }, excel);
    expect(again).toEqual({
      kind: "exists",
      existing: ["HubSpot Contacts", "HubSpot Companies", "HubSpot Deals"],
    });
  });

  it("maps deals with the workbook's own stages: a 100% stage is Closed Won", async () => {
    const { model, excel, session } = await sampleWorkbook();
    const stages = session
      .settings()
      .stages.map((s) => (s.name === "Negotiation" ? { ...s, probability: 1 } : s));
    await saveSettings(session, { ...session.settings(), stages });
    await exportForCrm(session, "salesforce", { replace: false }, excel);
    const deals = await createDealRepository(session.db).liveAll();
    const mapped = column(model, "Salesforce Opportunities", "StageName");
    const negotiation = deals.findIndex((d) => d.stage === "Negotiation");
    expect(negotiation).toBeGreaterThanOrEqual(0);
    expect(mapped[negotiation]).toBe("Closed Won");
    expect(new Set(mapped)).not.toContain(undefined);
  });
});
