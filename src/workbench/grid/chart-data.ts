// What a chart plots, read live from its source range the way Excel lays out a chart's data:
// series in columns (or rows, by seriesBy; "Auto" takes the longer side), a first row of text
// as series names, a first column of text as category labels; and how its Excel type is drawn.
import { parseAddress, type WorkbookModel } from "../simulator";

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

type Grid = unknown[][];

function readSource(model: WorkbookModel, source: string): Grid | null {
  const at = parseAddress(source);
  if (!at?.sheet || !model.hasSheet(at.sheet)) return null;
  const { row, col, rows, cols } = at.rect;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => model.getCell(at.sheet!, row + r, col + c).value),
  );
}

function transpose(grid: Grid): Grid {
  return (grid[0] ?? []).map((_, c) => grid.map((line) => line[c]));
}

const isLabel = (v: unknown) => typeof v === "string" && v !== "";
const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** Series as columns: a header row when the first row is all labels over some numbers below. */
function layout(grid: Grid): ChartData {
  const labelColumn = grid.length > 0 && grid.slice(1).some((line) => isLabel(line[0]));
  const first = labelColumn ? 1 : 0;
  const head = grid[0] ?? [];
  const headerRow = grid.length > 1 && head.slice(first).every(isLabel) && first < head.length;
  const body = headerRow ? grid.slice(1) : grid;
  const width = head.length;
  const series: ChartSeries[] = [];
  for (let c = first; c < width; c++) {
    series.push({
      name: headerRow ? text(head[c]) : `Series${c - first + 1}`,
      values: body.map((line) => (typeof line[c] === "number" ? (line[c] as number) : 0)),
    });
  }
  const categories = body.map((line, i) => (labelColumn ? text(line[0]) : String(i + 1)));
  return { categories, series };
}

export function chartData(
  model: WorkbookModel,
  chart: { source: string; seriesBy: string },
): ChartData {
  const grid = readSource(model, chart.source);
  if (!grid || grid.length === 0) return { categories: [], series: [] };
  const rows = grid.length;
  const cols = grid[0].length;
  const byRows = chart.seriesBy === "Rows" || (chart.seriesBy === "Auto" && cols > rows);
  return layout(byRows ? transpose(grid) : grid);
}

export type ChartKind = "column" | "bar" | "line" | "pie" | "doughnut";

/** Excel.ChartType (e.g. "ColumnClustered", "BarStacked", "LineMarkers", "Pie") → how it is drawn; any other type is drawn as columns. */
export function chartKind(type: string): ChartKind {
  const t = type.toLowerCase().replace(/^3d/, "");
  if (t.startsWith("bar")) return "bar";
  if (t.startsWith("line")) return "line";
  if (t.startsWith("doughnut")) return "doughnut";
  if (t.startsWith("pie")) return "pie";
  return "column";
}
