// Reads a one-glance summary of the open workbook (sheets, tables and their row counts) in two
// round trips, for the task pane's start screen.

export interface TableOverview {
  name: string;
  sheet: string;
  rows: number;
}

export interface WorkbookOverview {
  sheets: string[];
  tables: TableOverview[];
}

export async function readWorkbookOverview(): Promise<WorkbookOverview> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const details = tables.items.map((table) => ({
      table,
      sheet: table.worksheet.load("name"),
      rows: table.rows.getCount(),
    }));
    await context.sync();
    return {
      sheets: sheets.items.map((s) => s.name),
      tables: details.map((d) => ({ name: d.table.name, sheet: d.sheet.name, rows: d.rows.value })),
    };
  });
}
