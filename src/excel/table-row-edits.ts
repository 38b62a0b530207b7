// Appending and deleting table rows, and selecting a cell (jump to an issue).

import { type RecordKind, schemaFor } from "../domain/records";
import { cellInput } from "./cell-text";
import { gridBytes } from "./payload-bytes";
import type { PortCell } from "./workbook-port";

/**
 * Appends rows by writing them directly below the table, which then grows over them (Excel's
 * AutoExpansion): Microsoft's co-authoring guidance for add-ins, because TableRowCollection.add
 * can cause merge conflicts and show co-authors the refresh bar. A table with only its blank
 * "insert row" gets that row filled first, as rows.add would. Requests stay under the byte
 * budget (Excel on the web refuses over 5 MB); returns the sheet row of the first appended row.
 */
export async function appendTableRows(
  excel: typeof Excel,
  kind: RecordKind,
  rows: readonly (readonly PortCell[])[],
  budgetBytes: number,
): Promise<number> {
  return excel.run(async (context) => {
    const table = context.workbook.tables.getItem(schemaFor(kind).tableName);
    const whole = table.getRange().load("rowIndex,rowCount,columnIndex,columnCount");
    const count = table.rows.getCount();
    await context.sync();
    // ClientResult.value is readable after sync without load(); the lint rule does not know it.
    // eslint-disable-next-line office-addins/load-object-before-read
    const blankInsertRow = count.value === 0;
    const first = whole.rowIndex + (blankInsertRow ? 1 : whole.rowCount);
    let pending = 0;
    for (const [offset, chunk] of rowChunks(rows, budgetBytes)) {
      if (pending > 0) {
        // only appends bigger than the budget take several requests
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      const at = first + offset;
      // getCell may reach past the range it is taken from (within the sheet), as documented
      const target = (row: number, height: number) =>
        whole.getCell(row - whole.rowIndex, 0).getResizedRange(height - 1, whole.columnCount - 1);
      const values = chunk.map((row) => row.map(cellInput));
      // the insert row is inside the table; the rest go below it, each write extending it
      if (blankInsertRow && offset === 0) {
        target(at, 1).values = values.slice(0, 1);
        if (values.length > 1) target(at + 1, values.length - 1).values = values.slice(1);
      } else target(at, values.length).values = values;
      pending += 1;
    }
    await context.sync();
    return first + 1;
  });
}

/** Consecutive slices of rows whose JSON stays under the budget, with their offsets. */
function rowChunks(
  rows: readonly (readonly PortCell[])[],
  budgetBytes: number,
): [number, (readonly PortCell[])[]][] {
  const chunks: [number, (readonly PortCell[])[]][] = [];
  let current: (readonly PortCell[])[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = gridBytes([row]);
    if (current.length > 0 && bytes + size > budgetBytes) {
      chunks.push([start, current]);
      current = [];
      start = i;
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  });
  if (current.length > 0) chunks.push([start, current]);
  return chunks;
}

/**
 * Deletes a body row, shifting the rows below up. Where the host lacks Range.delete (the
 * workbench simulator) the row's contents are cleared instead: a blank row syncs as nothing.
 */
export async function deleteTableRow(
  excel: typeof Excel,
  kind: RecordKind,
  rowNumber: number,
): Promise<void> {
  await excel.run(async (context) => {
    const body = context.workbook.tables.getItem(schemaFor(kind).tableName).getDataBodyRange();
    const row = body.getIntersection(`${rowNumber}:${rowNumber}`);
    if (canDelete(row)) row.delete("Up");
    else row.clear("Contents");
    await context.sync();
  });
}

export async function selectCell(excel: typeof Excel, address: string): Promise<void> {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang < 0 ? undefined : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const cell = bang < 0 ? address : address.slice(bang + 1);
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const target = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
    target.getRange(cell).select();
    await context.sync();
  });
}

function canDelete(range: object): boolean {
  return typeof (range as { delete?: unknown }).delete === "function";
}
