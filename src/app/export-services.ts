// "Export for HubSpot / Salesforce": the store's live customers and deals, with the workbook's
// stages, as the target CRM's import tables (src/domain/export), written as sheets.
import { type ExportTarget, crmExport } from "../domain/export";
import { writeExportSheets } from "../excel/write-export-sheets";
import { createCustomerRepository, createDealRepository } from "../store";
import type { ExportResult } from "../taskpane/export";
import type { CrmSession } from "./crm-session";

export async function exportForCrm(
  session: CrmSession,
  target: ExportTarget,
  options: { readonly replace: boolean },
  excel: typeof Excel = Excel,
): Promise<ExportResult> {
  const [customers, deals] = await Promise.all([
    createCustomerRepository(session.db).liveAll(),
    createDealRepository(session.db).liveAll(),
  ]);
  const exported = crmExport(target, { customers, deals }, session.settings().stages);
  const sheets = exported.tables.map((t) => ({
    name: t.sheetName,
    headers: t.headers,
    rows: t.rows,
  }));
  const outcome = await writeExportSheets(sheets, options, excel);
  if (outcome.kind === "exists") return outcome;
  return {
    kind: "written",
    summary: {
      target,
      sheets: exported.tables.map((t) => ({
        name: t.sheetName,
        object: t.object,
        rows: t.rows.length,
      })),
      gaps: exported.gaps,
    },
  };
}
