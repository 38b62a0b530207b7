// Reads every CRM table present for a full sync in as few requests as possible: one request lists
// the tables, one more locates all of them, counts their rows and probes their first rows, then
// each table's remaining rows follow in chunks under the byte budget. An unchanged workbook of
// small tables is therefore read in two round trips, whatever the number of tables.

import { type RecordKind, kindOfTable } from "../domain/records";
import { throwIfAborted } from "./excel-errors";
import { readRestOfTable } from "./read-table-in-chunks";
import { probeTables } from "./table-probe";
import type { ReadTablesOptions, TableRead } from "./workbook-port";

export async function readAllTables(
  excel: typeof Excel,
  budgetBytes: number,
  options: ReadTablesOptions = {},
): Promise<Map<RecordKind, TableRead>> {
  throwIfAborted(options.signal);
  return excel.run(async (context) => {
    const crm = await listCrmTables(context);
    const probes = await probeTables(context, crm, options.withFormulas);
    const totalRows = probes.reduce((sum, p) => sum + p.total, 0);
    const reads = new Map<RecordKind, TableRead>();
    let before = 0;
    for (const probe of probes) {
      const done = before;
      const read = await readRestOfTable(context, probe, budgetBytes, {
        signal: options.signal,
        withFormulas: options.withFormulas,
        onRows: (rows) => options.onProgress?.({ rowsDone: done + rows, totalRows }),
      });
      reads.set(probe.kind, read);
      before += probe.total;
    }
    return reads;
  });
}

/** The workbook's CRM tables, in the workbook's order. */
async function listCrmTables(context: Excel.RequestContext) {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  // Table names are unique in a workbook (ignoring case), so each kind appears at most once.
  return tables.items.flatMap((table) => {
    const kind = kindOfTable(table.name);
    return kind === undefined ? [] : [{ kind, table }];
  });
}
