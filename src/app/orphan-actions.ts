// The user's answer about a CRM table gone from the workbook: its records back in a new table
// (then a sync, which finds them unchanged by their IDs), or tombstoned in the store.
import type { RecordKind } from "../domain/records";
import { findOrphanedRecords, removeOrphanedRecords, restoreOrphanedRecords } from "../sync";
import type { CrmSession } from "./crm-session";

export { findOrphanedRecords };

export async function resolveOrphanedTable(
  session: CrmSession,
  kind: RecordKind,
  action: "restore" | "remove",
): Promise<number> {
  if (action === "remove") return removeOrphanedRecords(session.db, kind);
  const { stages, headerMaps } = session.settings();
  const restored = await restoreOrphanedRecords(session.port, session.db, kind, stages, headerMaps);
  await session.syncNow();
  return restored;
}
