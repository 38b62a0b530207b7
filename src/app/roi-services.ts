// What the ROI workspace asks of the store and the workbook: the live cost and benefit items,
// adding and editing one (the Costs sheet first, then the store), and writing the business case.
import type { CostItem } from "../domain/records";
import { type BusinessCaseSheetData, writeBusinessCaseSheet } from "../excel/business-case-sheet";
import { type CrmDatabase, fromStored, isLive, watchQuery } from "../store";
import { addRecord, editRecord } from "../sync";
import type { CostItemInput } from "../taskpane/roi/roi-services";
import type { CrmSession } from "./crm-session";
import { notWritten } from "./customer-edit-services";

export async function liveCostItems(db: CrmDatabase): Promise<CostItem[]> {
  const rows = await db.costs.toArray();
  return rows.filter(isLive).map((row) => fromStored<"costs">(row));
}

export function watchCostItems(
  db: CrmDatabase,
  listener: (items: CostItem[]) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchQuery(() => liveCostItems(db), listener, onError);
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

export async function writeBusinessCase(data: BusinessCaseSheetData): Promise<void> {
  await writeBusinessCaseSheet(data);
}
