// Writes cell updates as few range writes as possible, all in one request unless the request
// would pass the byte budget. Strings are written so they stay text (see cell-text.ts). Writes are
// addressed inside the table body, so they can never land on the header or outside the table.

import type { RecordKind } from "../domain/records";
import { GENERAL_FORMAT, cellInput, needsTextGuard } from "./cell-text";
import { type CellBlock, groupCellUpdates } from "./group-cell-updates";
import { gridBytes } from "./payload-bytes";
import { schemaFor } from "../domain/records";
import type { CellUpdate } from "./workbook-port";

export async function writeCellsBatched(
  excel: typeof Excel,
  kind: RecordKind,
  updates: readonly CellUpdate[],
  budgetBytes: number,
): Promise<void> {
  if (updates.length === 0) return;
  const blocks = groupCellUpdates(updates);
  await excel.run(async (context) => {
    const body = context.workbook.tables.getItem(schemaFor(kind).tableName).getDataBodyRange();
    let pending = 0;
    for (const block of blocks) {
      const bytes = gridBytes(block.values);
      if (pending > 0 && pending + bytes > budgetBytes) {
        // Only a write bigger than the budget is split over several requests.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        pending = 0;
      }
      queueBlock(body, block);
      pending += bytes;
    }
    await context.sync();
  });
}

function queueBlock(body: Excel.Range, block: CellBlock): void {
  const height = block.values.length;
  const width = block.values[0].length;
  const rows = body.getIntersection(`${block.row}:${block.row + height - 1}`);
  const target = rows.getCell(0, block.column).getResizedRange(height - 1, width - 1);
  if (block.values.some((row) => row.some(needsTextGuard))) {
    target.numberFormat = block.values.map((row) =>
      row.map((v) => (needsTextGuard(v) ? GENERAL_FORMAT : null)),
    );
  }
  target.values = block.values.map((row) => row.map(cellInput));
}
