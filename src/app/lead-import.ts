// "Leads / opportunities": reads the whole leads sheet, plans customers + linked deals against
// the CRM's customers (planLeadImport), and — once the user agreed when the CRM tables already
// hold records — appends them to CRM_Customers and CRM_Pipeline, then syncs. The leads sheet is
// only read; nothing already in the CRM is replaced.
import { planLeadImport } from "../domain/leads";
import type { RecordKind } from "../domain/records";
import { readSheetPreview } from "../excel/sheet-listing";
import { createCustomerRepository } from "../store";
import { appendRecords, customKeysOf } from "../sync";
import type {
  LeadImportRequest,
  LeadImportResult,
} from "../taskpane/get-started/get-started-services";
import { addStages } from "./add-stages";
import type { CrmSession } from "./crm-session";

/** One read of the sheet; beyond this the import would exceed a request (say so, do not cut). */
const MAX_LEAD_ROWS = 20_000;

export async function importLeads(
  session: CrmSession,
  request: LeadImportRequest,
  excel: typeof Excel = Excel,
): Promise<LeadImportResult> {
  const sheet = await readSheetPreview(request.source, MAX_LEAD_ROWS, excel);
  if (sheet.totalRows > sheet.rows.length) {
    throw new Error(
      `"${sheet.sheet}" has ${sheet.totalRows} rows; import up to ${MAX_LEAD_ROWS} at a time (split the sheet).`,
    );
  }
  const tables = await session.port.findTables();
  const held = (kind: RecordKind) => tables.find((t) => t.kind === kind)?.rowCount ?? 0;
  if (!request.addToExisting && held("customers") + held("deals") > 0) {
    return { kind: "confirm", customers: held("customers"), deals: held("deals") };
  }
  const stages = await addStages(session, request.newStages);
  const existing = await createCustomerRepository(session.db).liveAll();
  const plan = planLeadImport(sheet, {
    stages,
    stageMap: request.stageMap,
    existing,
    customHeaders: request.customHeaders,
  });
  const { port } = session;
  const { headerMaps } = session.settings();
  await port.ensureTables(stages, ["customers", "deals"], {
    customers: customKeysOf(plan.customers),
  });
  const notCopied = await appendRecords(port, "customers", plan.customers, headerMaps);
  await appendRecords(port, "deals", plan.deals, headerMaps);
  await session.syncNow();
  return {
    kind: "imported",
    customers: plan.customers.length,
    linked: plan.linked,
    deals: plan.deals.length,
    waiting: plan.waiting,
    notCopied,
  };
}
