// What the ROI workspace asks of the store and the workbook: the live cost and benefit items,
// adding and editing one (the Costs sheet first, then the store), and writing the business case
// sheet as live formulas over the Costs table.
import { type CostItem, mapHeaders } from "../domain/records";
import {
  type BusinessCaseSheetData,
  type CostsTableRef,
  writeBusinessCaseSheet,
} from "../excel/business-case-sheet";
import { type CrmDatabase, createRecordRepository, watchQuery } from "../store";
import { addRecord, editRecord, removeRecord } from "../sync";
import type { CostItemInput } from "../taskpane/roi/roi-services";
import type { CrmSession } from "./crm-session";
import { notWritten } from "./customer-edit-services";

export function liveCostItems(db: CrmDatabase): Promise<CostItem[]> {
  return createRecordRepository(db, "costs").liveAll();
}

export function watchCostItems(
  db: CrmDatabase,
  listener: (items: CostItem[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(db, () => liveCostItems(db), listener, onError);
}

export async function addCostItem(session: CrmSession, item: CostItemInput): Promise<void> {
  await addRecord(session.port, session.db, "costs", item, session.syncOptions());
}

export async function editCostItem(
  session: CrmSession,
  id: string,
  changes: Partial<CostItemInput>,
): Promise<void> {
  const { port, db } = session;
  const result = await editRecord(port, db, "costs", id, changes, session.syncOptions());
  if (!result.sheetWritten) throw notWritten("change", result.error);
}

/** Deletes the item's row from the Costs sheet, then tombstones it in the store. */
export async function removeCostItem(session: CrmSession, id: string): Promise<void> {
  await removeRecord(session.port, session.db, "costs", id, session.syncOptions());
}

/** Writes the sheet over the Costs table when it has every column CRM.CASHFLOWS reads. */
export async function writeBusinessCase(
  session: CrmSession,
  data: BusinessCaseSheetData,
): Promise<void> {
  const costsTable = await costsTableRef(session);
  await writeBusinessCaseSheet(costsTable ? { ...data, costsTable } : data);
}

const CASHFLOW_FIELDS = ["kind", "amount", "frequency", "start", "end"] as const;

async function costsTableRef(session: CrmSession): Promise<CostsTableRef | undefined> {
  const table = (await session.port.findTables()).find((t) => t.kind === "costs");
  if (!table) return undefined;
  const { headers } = await session.port.locateRecords("costs", []);
  const custom = session.settings().headerMaps.costs;
  const { columns } = mapHeaders(headers, "costs", custom);
  const found = CASHFLOW_FIELDS.map((field) => [field, columns[field]] as const);
  if (found.some(([, column]) => column === undefined)) return undefined;
  const named = found.map(([field, column]) => [field, headers[column as number]]);
  return { name: table.name, headers: Object.fromEntries(named) as CostsTableRef["headers"] };
}
