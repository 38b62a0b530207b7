// Lists the CRM tables present in the workbook (by their CRM_* names) with sheet, address and
// data row count, in two round trips whatever the number of tables.

import { kindOfTable } from "../domain/records";
import type { TableInfo } from "./workbook-port";

export async function findCrmTables(excel: typeof Excel): Promise<TableInfo[]> {
  return excel.run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const found = tables.items.flatMap((table) => {
      const kind = kindOfTable(table.name);
      if (kind === undefined) return [];
      const sheet = table.worksheet.load("name");
      const whole = table.getRange().load("address");
      return [{ kind, name: table.name, sheet, whole, count: table.rows.getCount() }];
    });
    await context.sync();
    return found.map(({ kind, name, sheet, whole, count }) => ({
      kind,
      name,
      sheet: sheet.name,
      address: whole.address,
      rowCount: count.value,
    }));
  });
}
