// The =CRM.… wrappers in a (simulated) workbook, registered as the workbench host registers them:
// an error in an input cell reaches no function (docs/functions.md: none accepts errors), and a
// domain error's message reaches the cell beside its code.
import { forecast, winrate } from "../../src/functions/analytics-functions";
import { npv } from "../../src/functions/finance-functions";
import { WorkbookModel } from "../../src/workbench/simulator";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";

beforeAll(installCustomFunctionsStub);

function workbook() {
  const model = new WorkbookModel();
  model.addSheet("Data");
  const calls = { npv: 0 };
  model.registerFunction(
    "CRM.NPV",
    (...args: unknown[]) => {
      calls.npv++;
      return npv(...(args as Parameters<typeof npv>));
    },
    { parameters: 3 },
  );
  model.registerFunction("CRM.WINRATE", winrate as (...args: unknown[]) => unknown, {
    parameters: 1,
  });
  model.registerFunction("CRM.FORECAST", forecast as (...args: unknown[]) => unknown, {
    parameters: 4,
  });
  return { model, calls };
}

const cell = (model: WorkbookModel, r: number, c: number) => ({
  value: model.getCell("Data", r, c).value,
  message: model.errorMessage("Data", r, c),
});

describe("CRM functions with errors in their cells", () => {
  it("shows a cash-flow cell's #N/A as Excel's NPV would, without calling CRM.NPV", () => {
    const { model, calls } = workbook();
    model.setValues("Data", "A1", [[-100], ["#N/A"], [60], [0.1]]);
    model.setValues("Data", "B1", [["=CRM.NPV(A4, A1:A3)"]]);
    expect(cell(model, 0, 1)).toEqual({ value: "#N/A", message: undefined });
    expect(calls.npv).toBe(0);
    model.userEdit("Data", 1, 0, "60");
    expect(model.getCell("Data", 0, 1).value).toBeCloseTo(4.132231404958674, 12);
    expect(calls.npv).toBe(1);
  });

  it("shows the domain's reason beside #NUM! and #VALUE!", () => {
    const { model } = workbook();
    model.setValues("Data", "A1", [
      [-100, -1],
      [60, "x"],
    ]);
    model.setValues("Data", "C1", [["=CRM.NPV(B1, A1:A2)", "=CRM.NPV(0.1, B1:B2)"]]);
    expect(cell(model, 0, 2)).toEqual({ value: "#NUM!", message: "rate must be greater than -1" });
    expect(cell(model, 0, 3)).toEqual({
      value: "#VALUE!",
      message: 'cashflows item 2: "x" is not a number',
    });
  });

  it("shows a stage cell's error instead of counting around it, and #DIV/0! with its reason", () => {
    const { model } = workbook();
    model.setValues("Data", "A1", [["Won"], ["#REF!"], ["Lead"]]);
    model.setValues("Data", "B1", [["=CRM.WINRATE(A1:A3)", "=CRM.WINRATE(A3)"]]);
    expect(cell(model, 0, 1)).toEqual({ value: "#REF!", message: undefined });
    expect(cell(model, 0, 2)).toEqual({ value: "#DIV/0!", message: "no deal is Won or Lost yet" });
  });

  it("shows CRM.FORECAST's reason for a confidence level outside (0, 1)", () => {
    const { model } = workbook();
    model.setValues("Data", "A1", [[10], [12], [13], [14], [15], [16]]);
    model.setValues("Data", "B1", [["=CRM.FORECAST(A1:A6, 2, 0, 95)"]]);
    expect(cell(model, 0, 1)).toEqual({
      value: "#NUM!",
      message: "confidence must be between 0 and 1 (e.g. 0.95), got 95",
    });
  });

  it("shows a history cell's error from CRM.FORECAST: an error is not a missing point", () => {
    const { model } = workbook();
    model.setValues("Data", "A1", [[10], [12], ["#DIV/0!"], [14], [15], [16]]);
    model.setValues("Data", "B1", [["=CRM.FORECAST(A1:A6, 2)"]]);
    expect(cell(model, 0, 1)).toEqual({ value: "#DIV/0!", message: undefined });
    expect(model.getCell("Data", 1, 1).value).toBe("");
  });
});
