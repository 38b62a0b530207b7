/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these tests read before load/sync on purpose: the simulator must throw as Office.js does */
import { setup } from "./helpers";

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe("load before read", () => {
  it("throws PropertyNotLoaded for a property never loaded", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      await context.sync();
      let error: unknown;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        message: NOT_LOADED,
      });
      expect(() => range.address).toThrow("The property 'address' is not available");
    });
  });

  it("throws after load but before sync, and returns the values after sync", async () => {
    const { Excel, model } = setup();
    model.setValues("Sheet1", "A1", [[1, "x"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values, address");
      expect(() => range.values).toThrow(NOT_LOADED);
      await context.sync();
      expect(range.values).toEqual([[1, "x"]]);
      expect(range.address).toBe("Sheet1!A1:B1");
    });
  });

  it("accepts string[], object and select forms of load", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("B2:C4").load(["rowCount", "columnCount"]);
      const b = sheet.getRange("B2").load({ rowIndex: true, columnIndex: true });
      const c = sheet.getRange("D5").load({ select: "address" });
      await context.sync();
      expect([a.rowCount, a.columnCount, b.rowIndex, b.columnIndex, c.address]).toEqual([
        3,
        2,
        1,
        1,
        "Sheet1!D5",
      ]);
      expect(() => a.address).toThrow("The property 'address' is not available");
    });
  });

  it("queues writes until sync, and a written value reads back locally as in Office.js", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[42]];
      expect(range.values).toEqual([[42]]);
      expect(model.getCell("Sheet1", 0, 0).value).toBe("");
      await context.sync();
      expect(model.getCell("Sheet1", 0, 0).value).toBe(42);
    });
  });

  it("flushes what is still queued when the Excel.run batch returns", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["late"]];
    });
    expect(model.getCell("Sheet1", 1, 1).value).toBe("late");
  });

  it("loads collection items with the requested properties (items/name and name)", async () => {
    const { Excel, model } = setup({ sheets: ["Customers", "Pipeline"] });
    model.addTable("Customers", "CRM_Customers", "A1:B3");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("name");
      expect(() => sheets.items).toThrow("The property 'items' is not available");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Customers", "Pipeline"]);
      expect(() => sheets.items[0].id).toThrow("'id'");
      const table = tables.items[0];
      const sheet = table.worksheet.load("name");
      const count = table.rows.getCount();
      expect(() => count.value).toThrow(/has not been loaded yet/);
      await context.sync();
      expect([table.name, sheet.name, count.value]).toEqual(["CRM_Customers", "Customers", 2]);
    });
  });

  it("loads navigation paths such as worksheet/name", async () => {
    const { Excel, model } = setup({ sheets: ["Data"] });
    model.addTable("Data", "T", "A1:A2");
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T").load("name, worksheet/name");
      await context.sync();
      expect([table.name, table.worksheet.name]).toEqual(["T", "Data"]);
      expect(() => table.worksheet.id).toThrow("The property 'id' is not available");
    });
  });

  it("returns copies: mutating a read array leaves the workbook unchanged", async () => {
    const { Excel, model } = setup();
    model.setValues("Sheet1", "A1", [[1, 2]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").load("values");
      await context.sync();
      range.values[0][0] = 99;
      expect(range.values[0][2]).toBe("");
    });
    expect(model.getCell("Sheet1", 0, 0).value).toBe(1);
  });

  it("reads isNullObject only after sync", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => missing.isNullObject).toThrow("The property 'isNullObject' is not available");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });
});
