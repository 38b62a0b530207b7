/* eslint-disable office-addins/load-object-before-read -- ClientResult.value is readable after sync without load; the rule does not know ClientResult */
import { rejection, setup } from "./helpers";

describe("tables", () => {
  it("adds a table, fills missing headers, and exposes header, body and whole ranges", async () => {
    const { Excel, model } = setup({ sheets: ["Customers"] });
    model.setValues("Customers", "A1", [
      ["ID", "", "ID"],
      [1, "Ann", "x"],
    ]);
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Customers").tables.add("A1:C2", true);
      table.name = "CRM_Customers";
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address");
      const all = table.getRange().load("address");
      await context.sync();
      expect(header.values).toEqual([["ID", "Column2", "ID2"]]);
      expect([body.address, all.address]).toEqual(["Customers!A2:C2", "Customers!A1:C2"]);
    });
    expect(model.tables()).toEqual([
      { name: "CRM_Customers", sheet: "Customers", address: "Customers!A1:C2" },
    ]);
  });

  it("appends rows with rows.add, shifting what is below the table, and counts them", async () => {
    const { Excel, model } = setup();
    model.setValues("Sheet1", "A1", [["Name", "Amount"]]);
    model.setValues("Sheet1", "A5", [["below"]]);
    model.addTable("Sheet1", "Deals", "A1:B1");
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Deals");
      const empty = table.rows.getCount();
      await context.sync();
      expect(empty.value).toBe(0);
      table.rows.add(undefined, [
        ["a", 1],
        ["b", "2"],
      ]);
      table.rows.add(0, [["first", 0]]);
      const count = table.rows.getCount();
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      expect(count.value).toBe(3);
      expect(body.values).toEqual([
        ["first", 0],
        ["a", 1],
        ["b", 2],
      ]);
    });
    // two rows were inserted into the table, so the cell below it moved from A5 to A7
    expect([model.getCell("Sheet1", 4, 0).value, model.getCell("Sheet1", 6, 0).value]).toEqual([
      "",
      "below",
    ]);
  });

  it("creates Column1… headers above the data when hasHeaders is false", async () => {
    const { Excel, model } = setup();
    model.setValues("Sheet1", "A1", [[1, 2]]);
    await Excel.run(async (context) => {
      context.workbook.tables.add("Sheet1!A1:B1", false);
    });
    expect([model.getCell("Sheet1", 0, 0).value, model.getCell("Sheet1", 1, 1).value]).toEqual([
      "Column1",
      2,
    ]);
    expect(model.tables()[0]).toMatchObject({ name: "Table1", address: "Sheet1!A1:B2" });
  });

  it("refuses overlapping tables and duplicate names", async () => {
    const { Excel, model } = setup();
    model.addTable("Sheet1", "T", "A1:B3");
    const overlap = await rejection(
      Excel.run(async (c) => void c.workbook.tables.add("Sheet1!B2:C4", true)),
    );
    expect(overlap.code).toBe("InvalidArgument");
    expect(() => model.addTable("Sheet1", "t", "E1:F2")).toThrow(
      expect.objectContaining({ code: "ItemAlreadyExists" }),
    );
  });

  it("lists tables per worksheet and workbook", async () => {
    const { Excel, model } = setup({ sheets: ["A", "B"] });
    model.addTable("A", "TA", "A1:B2");
    model.addTable("B", "TB", "A1:B2");
    await Excel.run(async (context) => {
      const onB = context.workbook.worksheets.getItem("B").tables.load("items/name");
      const all = context.workbook.tables.load("name");
      await context.sync();
      expect(onB.items.map((t) => t.name)).toEqual(["TB"]);
      expect(all.items.map((t) => t.name)).toEqual(["TA", "TB"]);
    });
  });
});

describe("settings", () => {
  it("stores JSON copies and reads them back after load + sync", async () => {
    const { Excel, model } = setup();
    const value = { id: "wb-1", stages: [1, 2] };
    await Excel.run(async (context) => {
      context.workbook.settings.add("cellcrm", value);
    });
    value.stages.push(3);
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("cellcrm").load("value");
      await context.sync();
      expect(setting.isNullObject).toBe(false);
      expect(setting.value).toEqual({ id: "wb-1", stages: [1, 2] });
    });
    expect(model.settings.get("cellcrm")).toEqual({ id: "wb-1", stages: [1, 2] });
  });
});

describe("charts, data validation, activation", () => {
  it("records charts with type, name, title and source address", async () => {
    const { Excel, model } = setup({ sheets: ["Report"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange("A1:B5"),
        Excel.ChartSeriesBy.columns,
      );
      chart.title.text = "Pipeline";
      chart.name = "PipelineChart";
      await context.sync();
    });
    expect(model.chartList).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        name: "PipelineChart",
        title: "Pipeline",
        source: "Report!A1:B5",
        seriesBy: "Columns",
      }),
    ]);
  });

  it("records list validation rules, selection and the active sheet", async () => {
    const { Excel, model } = setup({ sheets: ["A", "B"] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("B").getRange("C2:C9");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Lead,Won,Lost" } };
      range.format.autofitColumns();
      range.select();
      await context.sync();
    });
    expect(model.validationList).toEqual([
      expect.objectContaining({
        rect: { row: 1, col: 2, rows: 8, cols: 1 },
        rule: { list: { inCellDropDown: true, source: "Lead,Won,Lost" } },
      }),
    ]);
    expect(model.activeSheetId).toBe(model.sheet("B")?.id);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("A");
    });
  });
});
