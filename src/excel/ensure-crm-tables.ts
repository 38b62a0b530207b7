// Finds or creates the CRM tables (all four, or the ones an action needs), each on its own sheet
// with canonical headers (and any custom columns asked for), number formats and a Stage
// drop-down. Existing tables are left alone (users may map their own headers);
// a sheet that already holds other data gets its table on a new sheet instead of overwriting it.

import type { StageDefinition } from "../domain/pipeline/default-stages";
import { RECORD_KINDS, type RecordKind, type TableSchema, schemaFor } from "../domain/records";
import { numberFormatOf } from "./column-formats";
import { findCrmTables } from "./find-crm-tables";
import type { TableInfo } from "./workbook-port";

interface Probe {
  kind: RecordKind;
  table: Excel.Table;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

export async function ensureCrmTables(
  excel: typeof Excel,
  stages: readonly StageDefinition[],
  kinds: readonly RecordKind[] = RECORD_KINDS,
  extraHeaders: Partial<Record<RecordKind, readonly string[]>> = {},
): Promise<TableInfo[]> {
  await excel.run(async (context) => {
    const probes = kinds.map((kind) => probeKind(context, kind));
    await context.sync();
    const missing = probes.filter((p) => p.table.isNullObject);
    if (missing.length === 0) return;
    const names = context.workbook.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(names.items.map((s) => s.name.toLowerCase()));
    for (const probe of missing) {
      createTable(context, probe, taken, stages, extraHeaders[probe.kind] ?? []);
    }
    await context.sync();
  });
  return findCrmTables(excel);
}

function probeKind(context: Excel.RequestContext, kind: RecordKind): Probe {
  const schema = schemaFor(kind);
  const table = context.workbook.tables.getItemOrNullObject(schema.tableName).load("name");
  const sheet = context.workbook.worksheets.getItemOrNullObject(schema.sheetName).load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("address");
  return { kind, table, sheet, used };
}

function createTable(
  context: Excel.RequestContext,
  probe: Probe,
  taken: Set<string>,
  stages: readonly StageDefinition[],
  extraHeaders: readonly string[],
): void {
  const schema = schemaFor(probe.kind);
  const reuse = !probe.sheet.isNullObject && probe.used.isNullObject;
  const sheet = reuse ? probe.sheet : context.workbook.worksheets.add(freeName(schema, taken));
  // a new table's own columns (City, Source…) follow CellCRM's, so imported custom fields fit
  const headers = [...schema.columns.map((c) => c.header), ...extraHeaders];
  sheet.getRangeByIndexes(0, 0, 1, headers.length).values = [headers];
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1, headers.length), true);
  table.name = schema.tableName;
  const body = table.getDataBodyRange();
  schema.columns.forEach((column, i) => {
    const format = numberFormatOf(column.type);
    if (format) body.getColumn(i).numberFormat = [[format]];
    if (column.type === "stage") {
      body.getColumn(i).dataValidation.rule = {
        list: { inCellDropDown: true, source: stages.map((s) => s.name).join(",") },
      };
    }
  });
}

function freeName(schema: TableSchema, taken: Set<string>): string {
  let name = schema.sheetName;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${schema.sheetName} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}
