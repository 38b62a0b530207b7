// Catching up with changes Excel never reports. Picking a value from a data-validation
// drop-down (the Pipeline's Stage column) fires no onChanged (office-js issues #420, #3888,
// #4066), so the rows of tables with a drop-down are re-read when the user comes back to the
// pane: row by row where the table is small, as a full sync where it is not.
import type { RecordKind } from "../domain/records";
import type { WorkbookPort } from "../excel/workbook-port";
import type { CrmDatabase } from "../store";
import { fullSync } from "./full-sync";
import type { SyncOptions } from "./sync-context";
import { syncRows } from "./sync-rows";

/** Tables whose columns carry a drop-down list the add-in sets (ensureTables, setStageList). */
export const DROPDOWN_KINDS: readonly RecordKind[] = ["deals"];

/** Above this many rows one full sync reads less than row-by-row catch-up. */
const MAX_CATCH_UP_ROWS = 20_000;

export async function catchUpUnreported(
  port: WorkbookPort,
  db: CrmDatabase,
  options: SyncOptions = {},
): Promise<void> {
  const tables = await port.findTables();
  for (const kind of DROPDOWN_KINDS) {
    const table = tables.find((t) => t.kind === kind);
    if (!table || table.rowCount === 0) continue;
    if (table.rowCount > MAX_CATCH_UP_ROWS) {
      await fullSync(port, db, options);
      return;
    }
    const { headerRow } = await port.locateRecords(kind, []);
    const rows = Array.from({ length: table.rowCount }, (_, i) => headerRow + 1 + i);
    const report = await syncRows(port, db, kind, rows, options);
    if (report.cleared) await fullSync(port, db, options);
  }
}
