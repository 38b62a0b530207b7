// Writes the "Business Case" sheet: the pane's assumptions and (risk-adjusted) yearly costs and
// benefits as values, and every headline figure as a live =CRM.… formula over those cells, so
// analysts keep working in cells. Two round trips: probe the old sheet, then write everything.

import { columnLetter } from "../domain/records";
import { GENERAL_FORMAT, cellInput } from "./cell-text";
import type { PortCell } from "./workbook-port";

export const BUSINESS_CASE_SHEET = "Business Case";

export interface BusinessCaseSheetData {
  readonly rate: number;
  readonly horizonYears: number;
  readonly benefitReductionPct: number;
  readonly costIncreasePct: number;
  /** Excel serial of the first day of year 0. */
  readonly startSerial: number;
  /** Years 0..horizon, risk-adjusted, costs as positive amounts. */
  readonly costs: readonly number[];
  readonly benefits: readonly number[];
  readonly initiatives: readonly {
    readonly initiative: string;
    readonly costs: readonly number[];
    readonly benefits: readonly number[];
  }[];
  readonly categories: readonly {
    readonly kind: string;
    readonly category: string;
    readonly amounts: readonly number[];
  }[];
  /** When given, the yearly flows are a live =CRM.CASHFLOWS over this table, not values. */
  readonly costsTable?: CostsTableRef;
}

/** The Costs table and the headers of the columns CRM.CASHFLOWS reads. */
export interface CostsTableRef {
  readonly name: string;
  readonly headers: Readonly<Record<"kind" | "amount" | "frequency" | "start" | "end", string>>;
}

export type ResultKey = "tco" | "npv" | "irr" | "roi" | "payback" | "discountedPayback";

export interface BusinessCaseGrid {
  readonly cells: PortCell[][];
  readonly formats: string[][];
  /** 0-based row of each headline figure; its value is in column B. */
  readonly resultRows: Readonly<Record<ResultKey, number>>;
  /** 0-based rows of the initiative lines, in data order; the NPV is in the last column. */
  readonly initiativeRows: readonly number[];
  readonly headingRows: readonly number[];
}

const MONEY = "#,##0";
const PERCENT = "0.0%";
const YEARS = "0.00";
const DATE = "yyyy-mm-dd";

/** The sheet as one block of cells and formats; formulas refer to cells of the block itself. */
export function businessCaseGrid(data: BusinessCaseSheetData): BusinessCaseGrid {
  const years = data.costs.length;
  const g = new GridBuilder(years + 2);
  const labels = Array.from({ length: years }, (_, t) => `Year ${t}`);
  const span = (row: number) => `B${row + 1}:${columnLetter(years)}${row + 1}`;
  const money = (c: number) => (c <= years ? MONEY : GENERAL_FORMAT);
  g.heading(["CRM business case"]);
  g.add([
    data.costsTable
      ? "Every figure is a live =CRM formula over the Costs table and these assumptions."
      : "Yearly figures are risk-adjusted amounts from CellCRM; the results are =CRM formulas.",
  ]);
  g.add([]);
  const inputs = assumptionRows(g, data);
  const rate = `B${inputs.rate + 1}`;
  g.add([]);
  g.heading(["Yearly flows", ...labels]);
  const live = data.costsTable && cashflowsFormula(data.costsTable, inputs);
  const costs = span(g.add(["Costs", ...(live ? [live] : data.costs)], money));
  const benefits = span(g.add(["Benefits", ...(live ? [] : data.benefits)], money));
  const net = span(g.add(["Net (benefits − costs)", ...(live ? [] : netOf(data))], money));
  g.add([]);
  g.heading(["Results"]);
  const result = (label: string, formula: string, format: string) =>
    g.add([label, formula], () => format);
  const resultRows: Record<ResultKey, number> = {
    tco: result("TCO (present value of costs)", `=CRM.NPV(${rate},${costs})`, MONEY),
    npv: result("NPV", `=CRM.NPV(${rate},${net})`, MONEY),
    irr: result("IRR", `=CRM.IRR(${net})`, PERCENT),
    roi: result("ROI", `=CRM.ROI(${benefits},${costs},${rate})`, PERCENT),
    payback: result("Payback (years)", `=CRM.PAYBACK(${net})`, YEARS),
    discountedPayback: result("Discounted payback (years)", `=CRM.PAYBACK(${net},${rate})`, YEARS),
  };
  g.add([]);
  g.heading(["Net flow by initiative", ...labels, "NPV contribution"]);
  const initiativeRows = data.initiatives.map((line) => {
    const flows = netOf(line);
    const row = g.cells.length;
    return g.add(
      [cellInput(line.initiative), ...flows, `=CRM.NPV(${rate},${span(row)})`],
      () => MONEY,
    );
  });
  g.add([]);
  g.heading(["By category", ...labels]);
  for (const line of data.categories) {
    g.add([cellInput(`${line.kind}: ${line.category}`), ...line.amounts], money);
  }
  return {
    cells: g.cells,
    formats: g.formats,
    resultRows,
    initiativeRows,
    headingRows: g.headingRows,
  };
}

interface InputRows {
  readonly rate: number;
  readonly horizon: number;
  readonly benefitCut: number;
  readonly costRise: number;
  readonly yearZero: number;
}

/** The assumptions block; returns the 0-based row of each input. */
function assumptionRows(g: GridBuilder, data: BusinessCaseSheetData): InputRows {
  g.heading(["Assumptions"]);
  return {
    rate: g.add(["Discount rate", data.rate], () => PERCENT),
    horizon: g.add(["Horizon (years)", data.horizonYears], () => "0"),
    benefitCut: g.add(["Benefits reduced by (risk)", data.benefitReductionPct], () => PERCENT),
    costRise: g.add(["Costs raised by (risk)", data.costIncreasePct], () => PERCENT),
    yearZero: g.add(["Year 0 starts", data.startSerial], () => DATE),
  };
}

/** One spilled formula: costs, benefits and net by year, straight from the Costs table. */
function cashflowsFormula(table: CostsTableRef, rows: InputRows): string {
  const column = (header: string) => `${table.name}[${header.replace(/(['#[\]])/g, "'$1")}]`;
  const { kind, amount, frequency, start, end } = table.headers;
  const cells = [rows.yearZero, rows.horizon, rows.benefitCut, rows.costRise].map(
    (r) => `B${r + 1}`,
  );
  return `=CRM.CASHFLOWS(${[kind, amount, frequency, start, end].map(column).join(",")},${cells.join(",")})`;
}

/** Rows of cells and their number formats, padded to one width; labels in General. */
class GridBuilder {
  readonly cells: PortCell[][] = [];
  readonly formats: string[][] = [];
  readonly headingRows: number[] = [];

  constructor(private readonly width: number) {}

  add(row: readonly PortCell[], format: (col: number) => string = () => GENERAL_FORMAT): number {
    const line = [...row, ...new Array<PortCell>(this.width - row.length).fill("")];
    this.cells.push(line);
    this.formats.push(line.map((_, c) => (c === 0 ? GENERAL_FORMAT : format(c))));
    return this.cells.length - 1;
  }

  heading(row: readonly PortCell[]): number {
    const at = this.add(row);
    this.headingRows.push(at);
    return at;
  }
}

export async function writeBusinessCaseSheet(
  data: BusinessCaseSheetData,
  excel: typeof Excel = Excel,
): Promise<BusinessCaseGrid> {
  const grid = businessCaseGrid(data);
  await excel.run(async (context) => {
    const sheet = await replaceSheet(context, BUSINESS_CASE_SHEET);
    const width = grid.cells[0].length;
    const block = sheet.getRangeByIndexes(0, 0, grid.cells.length, width);
    block.numberFormat = grid.formats;
    block.formulas = grid.cells;
    for (const row of grid.headingRows) {
      sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
    }
    block.format.autofitColumns();
    sheet.activate();
    await context.sync();
  });
  return grid;
}

/**
 * A new, empty sheet named `name`, replacing any sheet of that name (one round trip to find out).
 * The new sheet is added before the old one is deleted, so a workbook never runs out of sheets.
 */
export async function replaceSheet(
  context: Excel.RequestContext,
  name: string,
): Promise<Excel.Worksheet> {
  const old = context.workbook.worksheets.getItemOrNullObject(name);
  old.load("name");
  await context.sync();
  const sheet = context.workbook.worksheets.add();
  if (!old.isNullObject) old.delete();
  sheet.name = name;
  return sheet;
}

function netOf(line: Pick<BusinessCaseSheetData, "costs" | "benefits">): number[] {
  return line.benefits.map((b, t) => b - line.costs[t]);
}
