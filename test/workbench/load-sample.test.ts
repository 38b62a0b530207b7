// loadIntoModel puts the sample into the simulator: values, tables and number formats.
import { generateSampleWorkbook, serialOf } from "../../src/domain/sample";
import { loadIntoModel } from "../../src/workbench/load-sample";
import { WorkbookModel } from "../../src/workbench/simulator";

describe("loadIntoModel", () => {
  it("writes every sheet, its table and its number formats", async () => {
    const sheets = generateSampleWorkbook({
      today: serialOf(2024, 6, 15),
      customers: 40,
      deals: 20,
    });
    const model = new WorkbookModel();
    await loadIntoModel(model, sheets);
    expect(model.sheetNames()).toEqual(sheets.map((s) => s.name));
    expect(model.tables().map((t) => t.name)).toEqual([
      "CRM_Customers",
      "CRM_Pipeline",
      "CRM_Costs",
      "CRM_Activities",
    ]);
    expect(model.tables()[0].address).toBe("Customers!A1:L41");
    expect(model.usedSize("Customers")).toEqual({ rows: 41, cols: 12 });
    expect(model.getCell("Customers", 0, 3).value).toBe("Email");
    expect(model.getCell("Customers", 1, 1).value).toBe(sheets[0].rows[0][1]);
    expect(model.getCell("Customers", 1, 7).numberFormat).toBe("yyyy-mm-dd");
    expect(model.getCell("Pipeline", 1, 6).numberFormat).toBe("0%");
    expect(model.stats.roundTrips).toBe(0);
  });

  it("keeps the formulas of the Business Case sheet as formulas", async () => {
    const model = new WorkbookModel();
    await loadIntoModel(model, generateSampleWorkbook({ today: 45_000, customers: 5, deals: 5 }));
    expect(model.getCell("Business Case", 6, 1).formula).toBe("=CRM.NPV(0.1,B2:B5)");
  });
});
