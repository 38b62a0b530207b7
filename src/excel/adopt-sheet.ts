// "Use my existing sheet": makes a user's own sheet the CRM table of one kind, so syncs read it
// through the header synonyms ("E-mail", "Organisation", "Deal value"…). A table already on the
// sheet is renamed CRM_<Kind>; a plain list becomes a table over its used range, with an "ID"
// column added on its right when it has none (the sync fills it). Existing cells never change,
// and a sheet that already holds another CRM table is refused, not renamed.
import { RECORD_KINDS, type RecordKind, mapHeaders, schemaFor } from "../domain/records";
import { findCrmTables } from "./find-crm-tables";
import type { TableInfo } from "./workbook-port";

export class AdoptSheetError extends Error {}

export async function adoptSheet(
  excel: typeof Excel,
  kind: RecordKind,
  sheetName: string,
): Promise<TableInfo> {
  const { tableName, noun } = schemaFor(kind);
  const existing = (await findCrmTables(excel)).find((t) => t.kind === kind);
  if (existing && existing.sheet !== sheetName) {
    throw new AdoptSheetError(
      `This workbook already keeps its ${noun} records in ${tableName} on sheet "${existing.sheet}".`,
    );
  }
  if (!existing) await makeTable(excel, kind, sheetName);
  const adopted = (await findCrmTables(excel)).find((t) => t.kind === kind);
  if (!adopted) throw new AdoptSheetError(`Could not create ${tableName} on "${sheetName}".`);
  return adopted;
}

async function makeTable(excel: typeof Excel, kind: RecordKind, sheetName: string) {
  const { tableName } = schemaFor(kind);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    const tables = sheet.tables.load("items/name");
    const used = sheet.getUsedRangeOrNullObject(true);
    const header = used.getRow(0).load("values");
    used.load("address, rowCount, columnCount");
    await context.sync();
    if (sheet.isNullObject) throw new AdoptSheetError(`There is no sheet named "${sheetName}".`);
    if (tables.items.length > 1) {
      throw new AdoptSheetError(
        `Sheet "${sheetName}" has several tables; keep one list per sheet.`,
      );
    }
    if (used.isNullObject) {
      throw new AdoptSheetError(`Sheet "${sheetName}" is empty: there is no list to use.`);
    }
    const hasId = mapHeaders(header.values[0].map(String), kind).columns.id !== undefined;
    if (tables.items.length === 1) {
      refuseOtherCrmTable(tables.items[0].name, kind, sheetName);
      if (!hasId) throw noIdColumn(tables.items[0].name, sheetName);
      tables.items[0].name = tableName;
    } else {
      const range = hasId ? used : withIdColumn(used);
      sheet.tables.add(range, true).name = tableName;
    }
    await context.sync();
  });
}

/** The used range widened by one column headed "ID" (blank below: the sync fills it). */
function withIdColumn(used: Excel.Range): Excel.Range {
  const idHeader = used.getCell(0, 0).getOffsetRange(0, used.columnCount);
  idHeader.values = [["ID"]];
  return used.getResizedRange(0, 1);
}

/** Renaming another CRM table would take its records out of CellCRM: never done silently. */
function refuseOtherCrmTable(table: string, kind: RecordKind, sheetName: string): void {
  const other = RECORD_KINDS.find((k) => k !== kind && schemaFor(k).tableName === table);
  if (other === undefined) return;
  const { noun, sheetName: otherUse } = schemaFor(other);
  throw new AdoptSheetError(
    `Sheet "${sheetName}" already holds your ${otherUse} table (${table}); using it for ` +
      `${schemaFor(kind).sheetName.toLowerCase()} would take its ${noun}s out of CellCRM. ` +
      `Choose "Leads (customers + deals)" to make customers from it, or copy the sheet first.`,
  );
}

function noIdColumn(table: string, sheetName: string): AdoptSheetError {
  return new AdoptSheetError(
    `Table "${table}" on "${sheetName}" has no ID column. Add a column headed "ID" (it can stay ` +
      "empty: CellCRM fills it) and try again.",
  );
}
