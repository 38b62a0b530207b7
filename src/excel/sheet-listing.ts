// What "map my existing sheet" can start from: the workbook's sheets and tables, and one sheet's
// or table's header row plus its first rows, read for a preview before anything is written.

import type { PortCell } from "./workbook-port";

export interface MappingSource {
  readonly sheet: string;
  /** Set when the source is an Excel table on that sheet; else the sheet's used range. */
  readonly table?: string;
}

export interface SheetPreview extends MappingSource {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PortCell[])[];
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet column of the first column. */
  readonly firstColumn: number;
  /** Data rows in the source; more than rows.length when the preview was cut. */
  readonly totalRows: number;
}

/** Every table, then every sheet that holds data (two round trips). */
export async function listMappingSources(excel: typeof Excel = Excel): Promise<MappingSource[]> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const probes = sheets.items.map((sheet) => ({
      name: sheet.name,
      used: sheet.getUsedRangeOrNullObject(true).load("address"),
    }));
    const owners = tables.items.map((table) => ({ table, sheet: table.worksheet.load("name") }));
    await context.sync();
    return [
      ...owners.map((o) => ({ sheet: o.sheet.name, table: o.table.name })),
      ...probes.filter((p) => !p.used.isNullObject).map((p) => ({ sheet: p.name })),
    ];
  });
}

/** The header row and up to `maxRows` data rows (two round trips: size, then values). */
export async function readSheetPreview(
  source: MappingSource,
  maxRows = 1000,
  excel: typeof Excel = Excel,
): Promise<SheetPreview> {
  return excel.run(async (context) => {
    const whole = sourceRange(context, source).load("rowIndex, columnIndex, rowCount, columnCount");
    await context.sync();
    if (whole.isNullObject) {
      throw new Error(`Sheet "${source.sheet}" is empty: there is no list to map.`);
    }
    const shown = Math.min(whole.rowCount, maxRows + 1);
    const read = whole.getCell(0, 0).getResizedRange(shown - 1, whole.columnCount - 1);
    read.load("values");
    await context.sync();
    const [header, ...rows] = read.values as PortCell[][];
    return {
      ...source,
      headers: header.map((h) => String(h).trim()),
      rows,
      headerRow: whole.rowIndex + 1,
      firstColumn: whole.columnIndex,
      totalRows: whole.rowCount - 1,
    };
  });
}

function sourceRange(context: Excel.RequestContext, source: MappingSource): Excel.Range {
  const sheet = context.workbook.worksheets.getItem(source.sheet);
  if (source.table === undefined) return sheet.getUsedRangeOrNullObject(true);
  return sheet.tables.getItem(source.table).getRange();
}
