// A CRM table gone from the workbook while the store keeps its records: the sync leaves them
// alone; the user puts them back (same IDs, nothing changed at the next sync) or removes them.
import { startCrmSession, type CrmSession } from "../../src/app/crm-session";
import { findOrphanedRecords, resolveOrphanedTable } from "../../src/app/orphan-actions";
import { createCrmTables, loadSample } from "../../src/app/setup-services";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { createDealRepository } from "../../src/store";
import { fullSync } from "../../src/sync";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

let session: CrmSession | undefined;
afterEach(() => session?.close());

async function withoutPipeline() {
  const model = new WorkbookModel();
  model.addSheet("Sheet1");
  const port = createOfficeWorkbookPort(createExcelApi(model));
  session = await startCrmSession({ port });
  await createCrmTables(session);
  await loadSample(session);
  const deals = await createDealRepository(session.db).liveAll();
  model.deleteSheet(model.requireSheet("Pipeline"));
  await session.syncNow();
  return { model, port, session, deals };
}

describe("orphaned records", () => {
  it("keeps the deals after their table went away, and says so", async () => {
    const { port, session, deals } = await withoutPipeline();
    expect(deals.length).toBeGreaterThan(0);
    expect(await createDealRepository(session.db).liveAll()).toHaveLength(deals.length);
    expect(await findOrphanedRecords(port, session.db)).toEqual([
      { kind: "deals", tableName: "CRM_Pipeline", count: deals.length },
    ]);
  });

  it("puts them back in a new table with their IDs, so the next sync changes nothing", async () => {
    const { port, session, deals } = await withoutPipeline();
    expect(await resolveOrphanedTable(session, "deals", "restore")).toBe(deals.length);
    const report = await fullSync(port, session.db, session.syncOptions());
    expect(report.tables.deals).toMatchObject({ added: 0, changed: 0, removed: 0, issues: 0 });
    const back = await createDealRepository(session.db).liveAll();
    expect(back.map((d) => d.id).sort()).toEqual(deals.map((d) => d.id).sort());
    expect(await findOrphanedRecords(port, session.db)).toEqual([]);
  });

  it("removes them only when asked", async () => {
    const { port, session, deals } = await withoutPipeline();
    expect(await resolveOrphanedTable(session, "deals", "remove")).toBe(deals.length);
    expect(await createDealRepository(session.db).liveAll()).toEqual([]);
    expect(await findOrphanedRecords(port, session.db)).toEqual([]);
  });
});
