// The Dashboard sheet against the simulator: four titled charts, each over its own summary table,
// labels written as text, the sheet replaced on rebuild, in at most three round trips.
import {
  DASHBOARD_SHEET,
  type DashboardBlock,
  writeDashboardSheet,
} from "../../src/excel/dashboard-sheet";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

const BLOCKS: DashboardBlock[] = [
  {
    title: "Pipeline by stage",
    chart: "column",
    headers: ["Stage", "Amount", "Weighted"],
    rows: [
      ["Lead", 1000, 100],
      ["-Won-", 500, 500],
    ],
  },
  {
    title: "Forecast by month",
    chart: "line",
    headers: ["Month", "Closed", "Weighted"],
    rows: [
      ["2026-05", 0, 250],
      ["2026-06", 500, 900],
    ],
  },
  { title: "Customers by segment", chart: "pie", headers: ["Segment", "Customers"], rows: [] },
  {
    title: "Costs vs benefits",
    chart: "column",
    headers: ["Year", "Costs", "Benefits", "Net"],
    rows: [
      ["Year 0", 100, 0, -100],
      ["Year 1", 10, 80, 70],
    ],
  },
];

function workbook() {
  const model = new WorkbookModel();
  model.addSheet("Pipeline");
  return { model, excel: createExcelApi(model) };
}

const dashboardCharts = (model: WorkbookModel) =>
  model.chartList.filter((c) => !c.sheet.deleted && c.sheet.name === DASHBOARD_SHEET);

describe("writeDashboardSheet", () => {
  it("adds four titled charts over the summary tables in at most 3 round trips", async () => {
    const { model, excel } = workbook();
    model.stats.reset();
    const placements = await writeDashboardSheet(BLOCKS, excel);
    expect(model.stats.roundTrips).toBeLessThanOrEqual(3);
    const charts = dashboardCharts(model);
    expect(charts.map((c) => [c.title, c.type, c.seriesBy])).toEqual([
      ["Pipeline by stage", "ColumnClustered", "Columns"],
      ["Forecast by month", "LineMarkers", "Columns"],
      ["Customers by segment", "Pie", "Columns"],
      ["Costs vs benefits", "ColumnClustered", "Columns"],
    ]);
    expect(charts.map((c) => c.source)).toEqual(
      placements.map((p) => `${DASHBOARD_SHEET}!${p.source}`),
    );
    expect(placements[0].source).toBe("A2:C4");
  });

  it("puts each table's header and rows under the chart's source range", async () => {
    const { model, excel } = workbook();
    const placements = await writeDashboardSheet(BLOCKS, excel);
    const row = (r: number, cols: number) =>
      Array.from({ length: cols }, (_, c) => model.getCell(DASHBOARD_SHEET, r, c).value);
    const top = (i: number) => Number(/^A(\d+)/.exec(placements[i].source)?.[1]) - 1;
    expect(row(top(0), 3)).toEqual(["Stage", "Amount", "Weighted"]);
    expect(row(top(0) + 2, 3)).toEqual(["-Won-", 500, 500]);
    expect(row(top(1) + 1, 3)).toEqual(["2026-05", 0, 250]);
    expect(row(top(2) + 1, 2)).toEqual(["No data yet", 0]);
    expect(row(top(3) + 1, 4)).toEqual(["Year 0", 100, 0, -100]);
    expect(model.getCell(DASHBOARD_SHEET, top(0) + 1, 1).numberFormat).toBe("#,##0");
    expect(model.getCell(DASHBOARD_SHEET, top(0) + 2, 0).formula).toBe("");
  });

  it("replaces the dashboard and its charts when rebuilt", async () => {
    const { model, excel } = workbook();
    await writeDashboardSheet(BLOCKS, excel);
    model.stats.reset();
    await writeDashboardSheet(BLOCKS, excel);
    expect(model.stats.roundTrips).toBeLessThanOrEqual(3);
    expect(model.sheetNames()).toEqual(["Pipeline", DASHBOARD_SHEET]);
    expect(dashboardCharts(model)).toHaveLength(4);
  });
});
