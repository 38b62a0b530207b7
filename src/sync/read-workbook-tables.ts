// The read phase of a full sync: every CRM table present, chunked, before anything is written.
// Progress is reported over all tables together (rows done / total rows).

import type { RecordKind } from "../domain/records";
import type { TableRead, WorkbookPort } from "../excel/workbook-port";

export interface SyncProgress {
  readonly rowsDone: number;
  readonly totalRows: number;
}

export interface ReadPhaseOptions {
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly signal?: AbortSignal;
}

export async function readWorkbookTables(
  port: WorkbookPort,
  options: ReadPhaseOptions = {},
): Promise<Map<RecordKind, TableRead>> {
  const found = await port.findTables();
  const totalRows = found.reduce((sum, t) => sum + t.rowCount, 0);
  const tables = new Map<RecordKind, TableRead>();
  let before = 0;
  for (const info of found) {
    const start = before;
    const read = await port.readTable(info.kind, {
      signal: options.signal,
      onProgress: (p) => options.onProgress?.({ rowsDone: start + p.rowsRead, totalRows }),
    });
    tables.set(info.kind, read);
    before += info.rowCount;
  }
  options.onProgress?.({ rowsDone: totalRows, totalRows });
  return tables;
}
