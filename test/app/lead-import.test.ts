// A leads sheet imported over the simulated workbook: customers + linked deals land in the CRM
// tables and the store, stages mapped as chosen; a second import asks before adding again.
import { startCrmSession, type CrmSession } from "../../src/app/crm-session";
import { importLeads } from "../../src/app/lead-import";
import { createCustomerRepository, createDealRepository } from "../../src/store";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";
import { readCorpusFile } from "../corpus/read-corpus";

let session: CrmSession | undefined;
afterEach(() => session?.close());

async function leadsWorkbook() {
  const model = new WorkbookModel();
  model.addSheet("Leads");
  const leads = readCorpusFile("leads-100.csv");
  const cells = [leads.headers, ...leads.rows].map((row) => row.map((c) => String(c ?? "")));
  model.setValues("Leads", "A1", cells);
  const excel = createExcelApi(model);
  session = await startCrmSession({ port: createOfficeWorkbookPort(excel) });
  return { excel, session, leads };
}

const request = {
  source: { sheet: "Leads" },
  stageMap: { "on hold": "On Hold" },
  newStages: [{ name: "On Hold", probability: 0.05 }],
  customHeaders: {},
  addToExisting: false,
};

describe("importLeads", () => {
  it("adds one customer per person and one linked deal per row, with a new stage", async () => {
    const { excel, session, leads } = await leadsWorkbook();
    const result = await importLeads(session, request, excel);
    expect(result.kind).toBe("imported");
    const customers = await createCustomerRepository(session.db).liveAll();
    const deals = await createDealRepository(session.db).liveAll();
    const rows = leads.rows.filter((r) => r.some((c) => String(c).trim() !== "")).length;
    expect(deals.length).toBe(rows - (result.kind === "imported" ? result.waiting : 0));
    const maren = customers.find((c) => c.name === "Maren Okafor");
    expect(maren?.extra).toMatchObject({ Source: "Referral" });
    const hers = deals.filter((d) => d.customerId === maren?.id);
    expect(hers.map((d) => [d.title, d.stage])).toEqual([["Bluefern Systems Inc.", "Proposal"]]);
    expect(deals.some((d) => d.stage === "On Hold")).toBe(true);
    expect(session.settings().stages.map((s) => s.name)).toContain("On Hold");
    const byId = new Set(customers.map((c) => c.id));
    expect(deals.every((d) => d.customerId !== undefined && byId.has(d.customerId))).toBe(true);
  });

  it("asks before adding to CRM tables that already hold records, and adds nothing until yes", async () => {
    const { excel, session } = await leadsWorkbook();
    await importLeads(session, request, excel);
    const before = (await createDealRepository(session.db).liveAll()).length;
    const again = await importLeads(session, request, excel);
    expect(again.kind).toBe("confirm");
    expect((await createDealRepository(session.db).liveAll()).length).toBe(before);
    const yes = await importLeads(session, { ...request, addToExisting: true }, excel);
    expect(yes.kind === "imported" && yes.linked).toBeGreaterThan(30);
    expect(yes.kind === "imported" && yes.customers).toBe(0);
  });
});
