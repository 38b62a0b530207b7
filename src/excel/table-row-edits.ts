// Appending and deleting table rows, and selecting a cell (jump to an issue).

import { type RecordKind, schemaFor } from "../domain/records";
import { cellInput } from "./cell-text";
import type { PortCell } from "./workbook-port";

export async function appendTableRows(
  excel: typeof Excel,
  kind: RecordKind,
  rows: readonly (readonly PortCell[])[],
): Promise<number> {
  return excel.run(async (context) => {
    const table = context.workbook.tables.getItem(schemaFor(kind).tableName);
    const header = table.getHeaderRowRange().load("rowIndex");
    const before = table.rows.getCount();
    if (rows.length > 0)
      table.rows.add(
        undefined,
        rows.map((row) => row.map(cellInput)),
      );
    await context.sync();
    // ClientResult.value is readable after sync without load(); the lint rule does not know it.
    // eslint-disable-next-line office-addins/load-object-before-read
    return header.rowIndex + 2 + before.value;
  });
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
