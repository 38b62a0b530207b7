// The Business Case sheet against the simulator with the real =CRM wrappers registered: its
// formulas compute the pane's numbers, it is replaced (not duplicated), user text stays text,
// and it takes at most three round trips.
import { asExcelSerial, type CostItem } from "../../src/domain/records";
import { isErrorValue } from "../../src/domain/values";
import { BUSINESS_CASE_SHEET, writeBusinessCaseSheet } from "../../src/excel/business-case-sheet";
import * as finance from "../../src/functions/finance-functions";
import { businessCaseSheetData, roiModel } from "../../src/taskpane/roi/roi-model";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";
import { installCustomFunctionsStub } from "../functions/support/custom-functions-stub";

beforeAll(installCustomFunctionsStub);

const START = asExcelSerial(46023);
const ITEMS: CostItem[] = [
  { id: "K1", item: "Licences", kind: "Cost", frequency: "Monthly", amount: 1200, start: START },
  { id: "K2", item: "Setup", kind: "Cost", frequency: "Once", amount: 30000, initiative: "Sales" },
  {
    id: "K3",
    item: "Upsell",
    kind: "Benefit",
    frequency: "Quarterly",
    amount: 9000,
    initiative: "Sales",
  },
  {
    id: "K4",
    item: "Hacked",
    kind: "Benefit",
    frequency: "Annual",
    amount: 8000,
    initiative: "=1+1",
  },
  {
    id: "K5",
    item: "Training",
    kind: "Cost",
    frequency: "Annual",
    amount: 4000,
    category: "Training",
  },
];
const ASSUMPTIONS = {
  horizonYears: 3,
  rate: 0.08,
  benefitReductionPct: 0.1,
  costIncreasePct: 0.05,
};

function workbook() {
  const model = new WorkbookModel();
  model.addSheet("Costs");
  for (const name of ["npv", "irr", "payback", "roi", "cashflows"] as const) {
    model.registerFunction(`CRM.${name.toUpperCase()}`, finance[name] as never);
  }
  return { model, excel: createExcelApi(model) };
}

function paneModel() {
  const model = roiModel(ITEMS, ASSUMPTIONS, START);
  if (isErrorValue(model)) throw new Error(model.message);
  return model;
}

describe("writeBusinessCaseSheet", () => {
  it("writes =CRM formulas whose values equal the pane's figures, in at most 3 round trips", async () => {
    const { model, excel } = workbook();
    const pane = paneModel();
    model.stats.reset();
    const grid = await writeBusinessCaseSheet(businessCaseSheetData(pane, ASSUMPTIONS), excel);
    expect(model.stats.roundTrips).toBeLessThanOrEqual(3);
    const cell = (row: number, col = 1) => model.getCell(BUSINESS_CASE_SHEET, row, col);
    const { resultRows: r } = grid;
    expect(cell(r.npv).formula).toMatch(/^=CRM\.NPV\(B\d+,B\d+:E\d+\)$/);
    expect(cell(r.irr).formula).toMatch(/^=CRM\.IRR\(/);
    expect(cell(r.roi).formula).toMatch(/^=CRM\.ROI\(/);
    expect(cell(r.payback).formula).toMatch(/^=CRM\.PAYBACK\(/);
    const { results } = pane;
    expect(cell(r.tco).value).toBeCloseTo(results.tco as number, 9);
    expect(cell(r.npv).value).toBeCloseTo(results.npv as number, 9);
    expect(cell(r.irr).value).toBeCloseTo(results.irr as number, 12);
    expect(cell(r.roi).value).toBeCloseTo(results.roi as number, 12);
    expect(cell(r.payback).value).toBeCloseTo(results.payback as number, 12);
    expect(cell(r.discountedPayback).value).toBeCloseTo(results.discountedPayback as number, 12);
    expect(cell(r.npv).numberFormat).toBe("#,##0");
    expect(cell(r.irr).numberFormat).toBe("0.0%");
  });

  it("writes each initiative's net flows with a live NPV that adds up to the total NPV", async () => {
    const { model, excel } = workbook();
    const pane = paneModel();
    const grid = await writeBusinessCaseSheet(businessCaseSheetData(pane, ASSUMPTIONS), excel);
    const npvs = grid.initiativeRows.map((row) => model.getCell(BUSINESS_CASE_SHEET, row, 5));
    expect(npvs.every((c) => c.formula.startsWith("=CRM.NPV("))).toBe(true);
    const expected = pane.contributions.contributions.map((c) => c.npv);
    npvs.forEach((c, i) => expect(c.value).toBeCloseTo(expected[i], 6));
    const total = npvs.reduce((a, c) => a + (c.value as number), 0);
    expect(total).toBeCloseTo(pane.results.npv as number, 6);
  });

  it("keeps an initiative named like a formula as text", async () => {
    const { model, excel } = workbook();
    const grid = await writeBusinessCaseSheet(
      businessCaseSheetData(paneModel(), ASSUMPTIONS),
      excel,
    );
    const names = grid.initiativeRows.map((row) => model.getCell(BUSINESS_CASE_SHEET, row, 0));
    expect(names.map((c) => c.value)).toEqual(["Sales", "=1+1", "Shared"]);
    expect(names.every((c) => c.formula === "")).toBe(true);
  });

  it("replaces an existing Business Case sheet instead of adding a second one", async () => {
    const { model, excel } = workbook();
    model.addSheet(BUSINESS_CASE_SHEET);
    model.setValues(BUSINESS_CASE_SHEET, "Z50", [["old"]]);
    const data = businessCaseSheetData(paneModel(), ASSUMPTIONS);
    await writeBusinessCaseSheet(data, excel);
    model.stats.reset();
    await writeBusinessCaseSheet(data, excel);
    expect(model.stats.roundTrips).toBeLessThanOrEqual(3);
    expect(model.sheetNames()).toEqual(["Costs", BUSINESS_CASE_SHEET]);
    expect(model.getCell(BUSINESS_CASE_SHEET, 49, 25).value).toBe("");
  });

  it("over the Costs table, computes the flows in the sheet and follows a changed item", async () => {
    const { model, excel } = workbook();
    const rows = ITEMS.map((i) => [i.id, i.item, i.kind, i.frequency, i.amount, i.start ?? ""]);
    model.setValues("Costs", "A1", [["ID", "Item", "Type", "Frequency", "Amount", "Start", "End"]]);
    model.setValues(
      "Costs",
      "A2",
      rows.map((r) => [...r, ""]),
    );
    model.addTable("Costs", "CRM_Costs", `A1:G${rows.length + 1}`);
    const headers = {
      kind: "Type",
      amount: "Amount",
      frequency: "Frequency",
      start: "Start",
      end: "End",
    };
    const pane = paneModel();
    const data = {
      ...businessCaseSheetData(pane, ASSUMPTIONS),
      costsTable: { name: "CRM_Costs", headers },
    };
    const grid = await writeBusinessCaseSheet(data, excel);
    const cell = (row: number, col = 1) => model.getCell(BUSINESS_CASE_SHEET, row, col);
    const flowsRow = grid.resultRows.tco - 5;
    expect(cell(flowsRow).formula).toMatch(
      /^=CRM\.CASHFLOWS\(CRM_Costs\[Type\],CRM_Costs\[Amount\],/,
    );
    pane.schedule.costs.forEach((c, t) => expect(cell(flowsRow, t + 1).value).toBeCloseTo(c, 9));
    pane.schedule.benefits.forEach((b, t) =>
      expect(cell(flowsRow + 1, t + 1).value).toBeCloseTo(b, 9),
    );
    expect(cell(grid.resultRows.npv).value).toBeCloseTo(pane.results.npv as number, 9);
    const before = cell(grid.resultRows.npv).value as number;
    model.userEdit("Costs", 2, 4, "40000");
    expect(cell(flowsRow, 1).value).toBeCloseTo(
      (pane.schedule.costs[0] as number) + 10000 * 1.05,
      6,
    );
    expect(cell(grid.resultRows.npv).value).toBeCloseTo(before - 10000 * 1.05, 6);
  });
});
