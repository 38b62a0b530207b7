// Writes the "Dashboard" sheet: small summary tables stacked down column A, each with a native
// Excel chart beside it over exactly that table, so people see pictures, not only numbers.
// Two round trips: probe the old sheet, then one write of all cells, formats and charts.

import { columnLetter } from "../domain/records";
import { replaceSheet } from "./business-case-sheet";
import { GENERAL_FORMAT, cellInput } from "./cell-text";
import type { PortCell } from "./workbook-port";

export const DASHBOARD_SHEET = "Dashboard";

export type DashboardChartKind = "column" | "line" | "bar" | "pie";

export interface DashboardBlock {
  /** Heading above the table and the chart's title. */
  readonly title: string;
  readonly chart: DashboardChartKind;
  /** Category header first, then one header per series. */
  readonly headers: readonly string[];
  /** Category label (text, as given) and one number per series. */
  readonly rows: readonly (readonly [string, ...number[]])[];
  readonly numberFormat?: string;
}

export interface DashboardChartPlacement {
  readonly title: string;
  /** Source table (header row + data rows) without the sheet, e.g. "A3:C9". */
  readonly source: string;
}

const CHART_TYPES: Record<DashboardChartKind, keyof typeof Excel.ChartType> = {
  column: "columnClustered",
  line: "lineMarkers",
  bar: "barClustered",
  pie: "pie",
};
/** Rows each block takes at least, so the charts beside the tables never overlap. */
const BLOCK_ROWS = 18;
const CHART_FIRST_COLUMN = 6;
const CHART_COLUMNS = 8;
const DEFAULT_FORMAT = "#,##0";
const NO_DATA = "No data yet";

interface Placed {
  readonly block: DashboardBlock;
  readonly top: number;
  readonly rows: readonly (readonly [string, ...number[]])[];
}

export async function writeDashboardSheet(
  blocks: readonly DashboardBlock[],
  excel: typeof Excel = Excel,
): Promise<DashboardChartPlacement[]> {
  const placed = placeBlocks(blocks);
  const width = Math.max(1, ...blocks.map((b) => b.headers.length));
  const { cells, formats } = dashboardGrid(placed, width);
  await excel.run(async (context) => {
    const sheet = await replaceSheet(context, DASHBOARD_SHEET);
    const all = sheet.getRangeByIndexes(0, 0, cells.length, width);
    all.numberFormat = formats;
    all.values = cells;
    for (const p of placed) addChart(excel, sheet, p);
    all.format.autofitColumns();
    sheet.activate();
    await context.sync();
  });
  return placed.map((p) => ({ title: p.block.title, source: sourceAddress(p) }));
}

function placeBlocks(blocks: readonly DashboardBlock[]): Placed[] {
  let top = 0;
  return blocks.map((block) => {
    const rows = block.rows.length > 0 ? block.rows : [noDataRow(block)];
    const placed = { block, top, rows };
    top += Math.max(BLOCK_ROWS, rows.length + 3);
    return placed;
  });
}

function noDataRow(block: DashboardBlock): [string, ...number[]] {
  return [NO_DATA, ...block.headers.slice(1).map(() => 0)];
}

/** Title row, header row, then the data rows of each block, at the block's top row. */
function dashboardGrid(placed: readonly Placed[], width: number) {
  const last = placed.at(-1);
  const height = last ? last.top + last.rows.length + 2 : 1;
  const cells: PortCell[][] = Array.from({ length: height }, () => new Array(width).fill(""));
  const formats: string[][] = Array.from({ length: height }, () =>
    new Array(width).fill(GENERAL_FORMAT),
  );
  for (const { block, top, rows } of placed) {
    cells[top][0] = cellInput(block.title);
    block.headers.forEach((h, c) => (cells[top + 1][c] = cellInput(h)));
    rows.forEach(([label, ...values], i) => {
      cells[top + 2 + i][0] = cellInput(label);
      values.forEach((v, c) => {
        cells[top + 2 + i][c + 1] = v;
        formats[top + 2 + i][c + 1] = block.numberFormat ?? DEFAULT_FORMAT;
      });
    });
  }
  return { cells, formats };
}

function addChart(excel: typeof Excel, sheet: Excel.Worksheet, p: Placed): void {
  const { block, top, rows } = p;
  const source = sheet.getRangeByIndexes(top + 1, 0, rows.length + 1, block.headers.length);
  const chart = sheet.charts.add(
    excel.ChartType[CHART_TYPES[block.chart]],
    source,
    excel.ChartSeriesBy.columns,
  );
  chart.name = block.title;
  chart.title.text = block.title;
  const left = columnLetter(CHART_FIRST_COLUMN - 1);
  const right = columnLetter(CHART_FIRST_COLUMN + CHART_COLUMNS - 2);
  chart.setPosition(`${left}${top + 1}`, `${right}${top + BLOCK_ROWS - 1}`);
}

function sourceAddress({ block, top, rows }: Placed): string {
  const right = columnLetter(block.headers.length - 1);
  return `A${top + 2}:${right}${top + rows.length + 2}`;
}
