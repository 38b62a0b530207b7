// Builds a fresh WorkbookModel from converted sheets: values, number formats (through the
// simulated Excel API, one request per sheet), and tables; what could not be kept is reported.
import { createExcelApi, WorkbookModel } from "../simulator";
import { type ConvertedSheet } from "./convert-workbook";

/** Large enough for any sheet a browser can hold: loading is not a metered add-in request. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

function hasAny<T>(grid: (T | null)[][]): boolean {
  return grid.some((row) => row.some((v) => v !== null));
}

async function applyFormats(model: WorkbookModel, sheet: ConvertedSheet): Promise<void> {
  if (!hasAny(sheet.formats)) return;
  const cols = sheet.formats[0].length;
  await createExcelApi(model, { payloadLimitBytes: NO_LIMIT }).run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet.name)
      .getRangeByIndexes(0, 0, sheet.formats.length, cols);
    range.numberFormat = sheet.formats as string[][];
    await context.sync();
  });
}

function addTables(model: WorkbookModel, sheet: ConvertedSheet, warnings: string[]): void {
  for (const t of sheet.tables) {
    try {
      model.addTable(sheet.name, t.name, t.ref, t.hasHeaders);
      if (t.totalsRows > 0) warnings.push(`the totals row of ${t.name} is kept as plain cells`);
    } catch (error) {
      warnings.push(`Table ${t.name} on ${sheet.name} was not kept: ${String(error)}`);
    }
  }
}

export async function modelFromSheets(
  sheets: readonly ConvertedSheet[],
): Promise<{ model: WorkbookModel; warnings: string[] }> {
  const model = new WorkbookModel();
  const warnings: string[] = [];
  for (const sheet of sheets) {
    model.addSheet(sheet.name);
    if (sheet.values.length > 0 && sheet.values[0].length > 0) {
      model.setValues(sheet.name, "A1", sheet.values);
      await applyFormats(model, sheet);
    }
    addTables(model, sheet, warnings);
  }
  // Excel never shows a workbook without sheets
  if (sheets.length === 0) model.addSheet("Sheet1");
  model.stats.reset();
  return { model, warnings };
}
