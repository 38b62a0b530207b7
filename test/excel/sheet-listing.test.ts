// Listing mapping sources and previewing a sheet or table before anything is written.
import { listMappingSources, readSheetPreview } from "../../src/excel/sheet-listing";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

function workbook() {
  const model = new WorkbookModel();
  model.addSheet("Clients");
  model.setValues("Clients", "B3", [
    [" Client name ", "E-mail", "Spend"],
    ["Ada", "ada@example.com", 10],
    ["Bo", "bo@example.com", 20],
    ["Cy", "cy@example.com", 30],
  ]);
  model.addSheet("Blank");
  model.addSheet("Deals");
  model.setValues("Deals", "A1", [
    ["Deal", "Value"],
    ["Pilot", 5],
  ]);
  model.addTable("Deals", "MyDeals", "A1:B2");
  return { model, excel: createExcelApi(model) };
}

describe("sheet listing", () => {
  it("lists tables, then sheets that hold data, in two round trips", async () => {
    const { model, excel } = workbook();
    model.stats.reset();
    expect(await listMappingSources(excel)).toEqual([
      { sheet: "Deals", table: "MyDeals" },
      { sheet: "Clients" },
      { sheet: "Deals" },
    ]);
    expect(model.stats.roundTrips).toBe(2);
  });

  it("reads a sheet's header row and first rows where the list starts", async () => {
    const { model, excel } = workbook();
    model.stats.reset();
    const preview = await readSheetPreview({ sheet: "Clients" }, 2, excel);
    expect(model.stats.roundTrips).toBe(2);
    expect(preview).toEqual({
      sheet: "Clients",
      headers: ["Client name", "E-mail", "Spend"],
      rows: [
        ["Ada", "ada@example.com", 10],
        ["Bo", "bo@example.com", 20],
      ],
      headerRow: 3,
      firstColumn: 1,
      totalRows: 3,
    });
  });

  it("reads a table, and says when a sheet is empty", async () => {
    const { excel } = workbook();
    const table = await readSheetPreview({ sheet: "Deals", table: "MyDeals" }, 10, excel);
    expect(table.headers).toEqual(["Deal", "Value"]);
    expect(table.rows).toEqual([["Pilot", 5]]);
    await expect(readSheetPreview({ sheet: "Blank" }, 10, excel)).rejects.toThrow(
      'Sheet "Blank" is empty',
    );
  });
});
