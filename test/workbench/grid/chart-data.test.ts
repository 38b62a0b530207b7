// What the grid draws for a chart: its data read live from the source range as Excel lays it out,
// its kind from the Excel chart type, and the cells setPosition gives it.
import { WorkbookModel } from "../../../src/workbench/simulator";
import { chartData, chartKind } from "../../../src/workbench/grid/chart-data";
import { setup } from "../simulator/helpers";

function sheetWith(values: (string | number)[][]) {
  const model = new WorkbookModel();
  model.addSheet("Report");
  model.setValues("Report", "A1", values);
  return model;
}

describe("chart data", () => {
  it("reads series from columns with a header row and category labels, live", () => {
    const model = sheetWith([
      ["Stage", "Amount", "Weighted"],
      ["Lead", 100, 10],
      ["Won", 500, 500],
    ]);
    const chart = { source: "Report!A1:C3", seriesBy: "Columns" };
    expect(chartData(model, chart)).toEqual({
      categories: ["Lead", "Won"],
      series: [
        { name: "Amount", values: [100, 500] },
        { name: "Weighted", values: [10, 500] },
      ],
    });
    model.userEdit("Report", 1, 1, "250");
    expect(chartData(model, chart).series[0].values).toEqual([250, 500]);
  });

  it("takes series from rows when asked, or by Auto when the range is wider than tall", () => {
    const model = sheetWith([
      ["", "Q1", "Q2", "Q3"],
      ["Costs", 5, 6, 7],
    ]);
    const data = chartData(model, { source: "'Report'!A1:D2", seriesBy: "Auto" });
    expect(data).toEqual({
      categories: ["Q1", "Q2", "Q3"],
      series: [{ name: "Costs", values: [5, 6, 7] }],
    });
  });

  it("numbers categories and names series when the range has no labels; blanks plot as 0", () => {
    const model = sheetWith([[1], [""], [3]]);
    expect(chartData(model, { source: "Report!A1:A3", seriesBy: "Columns" })).toEqual({
      categories: ["1", "2", "3"],
      series: [{ name: "Series1", values: [1, 0, 3] }],
    });
    expect(chartData(model, { source: "Gone!A1:A3", seriesBy: "Columns" }).series).toEqual([]);
  });

  it("draws Excel's chart types as columns, bars, lines or pies", () => {
    const types = ["ColumnClustered", "BarStacked", "LineMarkers", "Pie", "3DPie", "Doughnut"];
    expect(types.map(chartKind)).toEqual(["column", "bar", "line", "pie", "pie", "doughnut"]);
    expect(chartKind("XYScatter")).toBe("column");
  });
});

describe("chart position", () => {
  it("starts beside its data and follows setPosition with a range or addresses", async () => {
    const { Excel, model } = setup({ sheets: ["Report"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      const a = sheet.charts.add(Excel.ChartType.pie, sheet.getRange("A1:B5"));
      a.name = "A";
      const b = sheet.charts.add(Excel.ChartType.line, sheet.getRange("A1:B5"));
      b.setPosition("H10", "E4");
      const c = sheet.charts.add(Excel.ChartType.line, sheet.getRange("A1:B5"));
      c.setPosition(sheet.getRange("C20"));
      await context.sync();
    });
    expect(model.chartList.map((c) => c.position)).toEqual([
      { row: 0, col: 3, rows: 12, cols: 4 },
      { row: 3, col: 4, rows: 7, cols: 4 },
      { row: 19, col: 2, rows: 12, cols: 4 },
    ]);
  });
});
