// The read phase of a full sync: every CRM table present, chunked, before anything is written.
// Progress is reported over all tables together (rows done / total rows).

import type { RecordKind } from "../domain/records";
import type { TableRead, TablesProgress, WorkbookPort } from "../excel/workbook-port";

export type SyncProgress = TablesProgress;

export interface ReadPhaseOptions {
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly signal?: AbortSignal;
}

export async function readWorkbookTables(
  port: WorkbookPort,
  options: ReadPhaseOptions = {},
): Promise<Map<RecordKind, TableRead>> {
  let last: SyncProgress | undefined;
  const tables = await port.readTables({
    signal: options.signal,
    onProgress: (progress) => {
      last = progress;
      options.onProgress?.(progress);
    },
  });
  // Always end on "all done", also for a workbook without rows.
  if (last === undefined || last.rowsDone < last.totalRows) {
    const totalRows = [...tables.values()].reduce((sum, t) => sum + t.rows.length, 0);
    options.onProgress?.({ rowsDone: totalRows, totalRows });
  }
  return tables;
}
