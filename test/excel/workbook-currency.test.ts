// The workbook's currency read through the Excel API: the setting, the money columns' number
// formats, then the locale.
import { DEFAULT_STAGES } from "../../src/domain/pipeline/default-stages";
import { createOfficeWorkbookPort } from "../../src/excel/office-workbook-port";
import { readWorkbookCurrency } from "../../src/excel/workbook-currency";
import { DEFAULT_SETTINGS, writeWorkbookSettings } from "../../src/excel/workbook-settings";
import { WorkbookModel, columnName, createExcelApi } from "../../src/workbench/simulator";
import { schemaFor } from "../../src/domain/records";

async function workbook() {
  const model = new WorkbookModel();
  const excel = createExcelApi(model);
  await createOfficeWorkbookPort(excel).ensureTables(DEFAULT_STAGES);
  return { excel };
}

/** Formats the Amount cell of the table's first row (the tables are created empty). */
async function formatAmount(excel: typeof Excel, kind: "deals" | "costs", format: string) {
  const schema = schemaFor(kind);
  const column = schema.columns.findIndex((c) => c.field === "amount");
  await excel.run(async (context) => {
    const cell = context.workbook.worksheets
      .getItem(schema.sheetName)
      .getRange(`${columnName(column)}2`);
    cell.numberFormat = [[format]];
    await context.sync();
  });
}

describe("the workbook's currency", () => {
  it("falls back to the locale, then USD, while the money columns show no currency", async () => {
    const { excel } = await workbook();
    expect(await readWorkbookCurrency(excel, ["en-GB"])).toEqual({
      code: "GBP",
      source: "locale",
    });
    expect(await readWorkbookCurrency(excel, [])).toEqual({ code: "USD", source: "default" });
  });

  it("reads the money columns' number formats", async () => {
    const { excel } = await workbook();
    await formatAmount(excel, "deals", "[$€-407] #,##0.00");
    expect(await readWorkbookCurrency(excel, ["en-US"])).toEqual({
      code: "EUR",
      source: "formats",
    });
  });

  it("takes the currency chosen in the settings over the formats", async () => {
    const { excel } = await workbook();
    await formatAmount(excel, "costs", '"$"#,##0.00');
    await writeWorkbookSettings({ ...DEFAULT_SETTINGS, currency: "SEK" }, excel);
    expect(await readWorkbookCurrency(excel, [])).toEqual({ code: "SEK", source: "setting" });
  });
});
