// Writes generated sheets into a WorkbookModel: values in one block per sheet, tables, and number
// formats (set through the simulated Excel API, the model's public way to format cells).
import { columnName, createExcelApi, type WorkbookModel } from "./simulator";
import { type SampleSheet } from "../domain/sample";

function writeSheet(model: WorkbookModel, sheet: SampleSheet): void {
  if (!model.hasSheet(sheet.name)) model.addSheet(sheet.name);
  model.setValues(sheet.name, "A1", [sheet.headers, ...sheet.rows]);
  if (sheet.tableName) {
    const last = `${columnName(sheet.headers.length - 1)}${sheet.rows.length + 1}`;
    model.addTable(sheet.name, sheet.tableName, `A1:${last}`, true);
  }
}

/** One column range per formatted header, e.g. ["Customers", "H2:H301", "yyyy-mm-dd"]. */
function formatRanges(sheet: SampleSheet): [string, string, string][] {
  if (sheet.rows.length === 0) return [];
  return Object.entries(sheet.formats).flatMap(([header, format]) => {
    const col = sheet.headers.indexOf(header);
    if (col < 0) return [];
    const letter = columnName(col);
    return [[sheet.name, `${letter}2:${letter}${sheet.rows.length + 1}`, format]];
  });
}

async function applyFormats(model: WorkbookModel, sheets: readonly SampleSheet[]): Promise<void> {
  const ranges = sheets.flatMap(formatRanges);
  if (ranges.length === 0) return;
  await createExcelApi(model).run(async (context) => {
    for (const [sheet, address, format] of ranges) {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      // a single format applies to every cell of the range, as in Excel
      range.numberFormat = format as unknown as string[][];
    }
    await context.sync();
  });
}

/** Loads the sheets (a fresh model gets them in order) and leaves the round-trip stats at zero. */
export async function loadIntoModel(
  model: WorkbookModel,
  sheets: readonly SampleSheet[],
): Promise<void> {
  for (const sheet of sheets) writeSheet(model, sheet);
  await applyFormats(model, sheets);
  model.stats.reset();
}
