// "Leads / opportunities": reads the whole leads sheet, plans customers + linked deals against
// the CRM's customers (planLeadImport), and — once the user agreed when the CRM tables already
// hold records — appends them to CRM_Customers and CRM_Pipeline, then syncs. The leads sheet is
// only read; nothing already in the CRM is replaced.
import { planLeadImport } from "../domain/leads";
import type { StageDefinition } from "../domain/pipeline/default-stages";
import { insertOpenStages } from "../domain/pipeline/insert-open-stages";
import { type CrmRecord, type RecordKind, mapHeaders, recordRow } from "../domain/records";
import { readSheetPreview } from "../excel/sheet-listing";
import { createCustomerRepository } from "../store";
import type {
  LeadImportRequest,
  LeadImportResult,
} from "../taskpane/get-started/get-started-services";
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
  const customKeys = [...new Set(plan.customers.flatMap((c) => Object.keys(c.extra ?? {})))];
  await session.port.ensureTables(stages, ["customers", "deals"], { customers: customKeys });
  const notCopied = await appendRecords(session, "customers", plan.customers, customKeys);
  await appendRecords(session, "deals", plan.deals, []);
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

/** Appends the records under the table's own headers; returns custom keys it has no column for. */
async function appendRecords(
  session: CrmSession,
  kind: RecordKind,
  records: readonly CrmRecord[],
  customKeys: readonly string[],
): Promise<string[]> {
  if (records.length === 0) return [];
  const { headers } = await session.port.locateRecords(kind, []);
  const headerMaps = session.settings().headerMaps as Record<string, never>;
  const mapping = mapHeaders(headers, kind, headerMaps[kind]);
  await session.port.appendRows(
    kind,
    records.map((r) => recordRow(mapping, r)),
  );
  const columns = new Set(headers.map((h) => h.trim().toLowerCase()));
  return customKeys.filter((key) => !columns.has(key.toLowerCase()));
}

/** The stage list with the user's new stages, saved in the workbook (and the drop-down). */
export async function addStages(
  session: CrmSession,
  added: readonly StageDefinition[],
): Promise<readonly StageDefinition[]> {
  const settings = session.settings();
  if (added.length === 0) return settings.stages;
  const stages = insertOpenStages(settings.stages, added);
  await session.saveSettings({ ...settings, stages });
  await session.port.setStageList(stages, settings.headerMaps.deals);
  return stages;
}
