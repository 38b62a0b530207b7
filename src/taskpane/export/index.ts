// The "Move to a full CRM" panel and the service slice it needs from the add-in.
export { ExportPanel } from "./export-panel";
export type { ExportResult, ExportServices, ExportSummary, ExportedSheet } from "./export-services";
