// What Get started asks of the workbook: settings kept in the workbook, creating the CRM tables,
// making a user's existing sheet a CRM table under the column mapping they confirmed, and loading
// the sample. Each ends with a full sync, so the pane shows the result straight away.
import type { CrmSettings } from "../excel/workbook-settings";
import type { SheetMappingRequest } from "../taskpane/get-started/get-started-services";
import type { CrmSession } from "./crm-session";
import { addStages } from "./add-stages";
import { loadSampleData } from "./sample-data";

export async function createCrmTables(session: CrmSession): Promise<void> {
  await session.port.ensureTables(session.settings().stages);
  await session.syncNow();
}

export async function applySheetMapping(
  session: CrmSession,
  request: SheetMappingRequest,
): Promise<void> {
  await session.port.adoptSheet(request.kind, request.source.sheet);
  await addStages(session, request.newStages ?? []);
  const settings = session.settings();
  const headerMaps = { ...settings.headerMaps, [request.kind]: request.customHeaders };
  const dateOrders = { ...settings.dateOrders, [request.kind]: request.dateOrders ?? {} };
  const stageAliases = { ...settings.stageAliases, ...request.stageAliases };
  await session.saveSettings({ ...settings, headerMaps, dateOrders, stageAliases });
  await session.syncNow();
}

export async function loadSample(session: CrmSession): Promise<void> {
  await loadSampleData(session.port, session.settings().stages);
  await session.syncNow();
}

export async function saveSettings(session: CrmSession, settings: CrmSettings): Promise<void> {
  await session.saveSettings(settings);
  await session.syncNow();
}
