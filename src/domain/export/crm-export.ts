// The export for the CRM a team moves to.
import type { StageDefinition } from "../pipeline";
import type { ExportRecords } from "./export-links";
import type { CrmExport, ExportTarget } from "./export-table";
import { hubspotExport } from "./hubspot-export";
import { salesforceExport } from "./salesforce-export";

export function crmExport(
  target: ExportTarget,
  records: ExportRecords,
  stages: readonly StageDefinition[],
): CrmExport {
  return target === "hubspot" ? hubspotExport(records, stages) : salesforceExport(records, stages);
}
