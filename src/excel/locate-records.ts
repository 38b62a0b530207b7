// Finds the sheet rows of records by ID: reads the header row, then only the ID column (in
// chunks under the byte budget), so a pane edit does not re-read the whole table.

import { type RecordKind, mapHeaders } from "../domain/records";
import { frameOf, queueFrame } from "./table-frame";
import type { RecordLocations } from "./workbook-port";

/** Generous bytes per ID cell for sizing chunks; IDs are ~25 characters. */
const BYTES_PER_ID = 64;

export async function locateRecords(
  excel: typeof Excel,
  kind: RecordKind,
  ids: readonly string[],
  budgetBytes: number,
): Promise<RecordLocations> {
  return excel.run(async (context) => {
    const handles = queueFrame(context, kind);
    await context.sync();
    const frame = frameOf(handles);
    const wanted = new Set(ids);
    const rows = new Map<string, number>();
    const column = mapHeaders(frame.headers, kind).columns.id;
    if (column === undefined || wanted.size === 0 || frame.bodyRows === 0)
      return { ...frame, rows };
    const sheet = context.workbook.worksheets.getItem(frame.sheet);
    const chunk = Math.max(1, Math.floor(budgetBytes / BYTES_PER_ID));
    for (let start = 0; start < frame.bodyRows && rows.size < wanted.size; start += chunk) {
      const n = Math.min(chunk, frame.bodyRows - start);
      const col = frame.firstColumn + column;
      const range = sheet.getRangeByIndexes(frame.headerRow + start, col, n, 1).load("values");
      // Sequential by design: stop as soon as every ID is found.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      range.values.forEach(([value], i) => {
        const id = String(value ?? "").trim();
        if (wanted.has(id) && !rows.has(id)) rows.set(id, frame.headerRow + 1 + start + i);
      });
    }
    return { ...frame, rows };
  });
}
