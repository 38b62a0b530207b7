// Excel errors as custom-function inputs and outputs: a function is not called when an argument
// holds an error (the cell shows that error) unless its parameter accepts errors, and the message
// of a returned CustomFunctions.Error stays beside the error the cell shows.
import { WorkbookModel } from "../../../src/workbench/simulator";

function workbook() {
  const model = new WorkbookModel();
  model.addSheet("Data");
  return model;
}

const row = (model: WorkbookModel, r: number, cols: number) =>
  Array.from({ length: cols }, (_, c) => model.getCell("Data", r, c).value);

describe("error values in a custom function's inputs", () => {
  it("shows the first error of a cell or range argument without calling the function", () => {
    const model = workbook();
    const impl = jest.fn(() => 1);
    model.registerFunction("CRM.ANY", impl, { parameters: 2 });
    model.setValues("Data", "A1", [
      [1, "#N/A", "#DIV/0!", 0.1],
      ["=CRM.ANY(D1, A1:C1)", "=CRM.ANY(B1, C1)", "=CRM.ANY(#NUM!, A1)", "=CRM.ANY(D1, A1)"],
    ]);
    expect(row(model, 1, 4)).toEqual(["#N/A", "#N/A", "#NUM!", 1]);
    expect(impl).toHaveBeenCalledTimes(1);
    expect(impl).toHaveBeenCalledWith(0.1, 1);
  });

  it("calls the function again once the error is gone, and reads a quoted error as text", () => {
    const model = workbook();
    const impl = jest.fn((x: unknown) => `got ${String(x)}`);
    model.registerFunction("CRM.ECHO", impl, { parameters: 1 });
    model.setValues("Data", "A1", [["#REF!", "=CRM.ECHO(A1)", '=CRM.ECHO("#N/A")']]);
    expect(row(model, 0, 3)).toEqual(["#REF!", "#REF!", "got #N/A"]);
    model.userEdit("Data", 0, 0, "5");
    expect(model.getCell("Data", 0, 1).value).toBe("got 5");
  });

  it("passes errors as CustomFunctions.Error-shaped objects to parameters that accept them", () => {
    const model = workbook();
    const calls: unknown[][] = [];
    model.registerFunction(
      "CRM.COUNTERRORS",
      (values: unknown, strict: unknown) => {
        calls.push([values, strict]);
        return (values as unknown[][]).flat().filter((v) => typeof v === "object").length;
      },
      { parameters: 2, allowErrors: [true, false] },
    );
    model.setValues("Data", "A1", [
      [1, "#N/A"],
      ["#SPILL!", ""],
      ["=CRM.COUNTERRORS(A1:B2, 0)", "=CRM.COUNTERRORS(A1:B2, B1)"],
    ]);
    expect(row(model, 2, 2)).toEqual([2, "#N/A"]);
    expect(calls).toEqual([
      [
        [
          [1, { code: "#N/A" }],
          [{ code: "#SPILL!" }, ""],
        ],
        0,
      ],
    ]);
  });

  it("stops a streaming function when an input turns into an error", () => {
    const model = workbook();
    const canceled = jest.fn();
    model.registerFunction(
      "CRM.LIVE",
      (id: unknown, invocation: unknown) => {
        const inv = invocation as { setResult(v: unknown): void; onCanceled?: () => void };
        inv.onCanceled = canceled;
        inv.setResult(`live ${String(id)}`);
      },
      { streaming: true, parameters: 1 },
    );
    model.setValues("Data", "A1", [["c1", "=CRM.LIVE(A1)"]]);
    expect(model.getCell("Data", 0, 1).value).toBe("live c1");
    model.userEdit("Data", 0, 0, "#N/A");
    expect(model.getCell("Data", 0, 1).value).toBe("#N/A");
    expect(canceled).toHaveBeenCalledTimes(1);
  });
});

describe("error messages of custom-function results", () => {
  const error = (code: string, message?: string) => ({ code, message });

  it("keeps a returned, thrown or rejected error's message beside the error shown", async () => {
    const model = workbook();
    model.registerFunction("CRM.RETURNS", () => error("#N/A", "No customer with ID c9"));
    model.registerFunction("CRM.THROWS", () => {
      throw error("#VALUE!", "Unknown stage Leed");
    });
    model.registerFunction("CRM.REJECTS", () => Promise.reject(error("#NUM!", "rate ≤ -1")));
    model.registerFunction("CRM.BARE", () => error("#DIV/0!"));
    model.setValues("Data", "A1", [["=CRM.RETURNS()", "=CRM.THROWS()", "=CRM.REJECTS()"]]);
    model.setValues("Data", "D1", [["=CRM.BARE()"]]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(row(model, 0, 4)).toEqual(["#N/A", "#VALUE!", "#NUM!", "#DIV/0!"]);
    expect([0, 1, 2, 3].map((c) => model.errorMessage("Data", 0, c))).toEqual([
      "No customer with ID c9",
      "Unknown stage Leed",
      "rate ≤ -1",
      undefined,
    ]);
  });

  it("keeps messages per cell of a spill, and drops one when the cell shows something else", () => {
    const model = workbook();
    model.registerFunction("CRM.GRID", (x: unknown) =>
      x === 1 ? [["ok"], [error("#VALUE!", "row 2: not a number")]] : [[0], [0]],
    );
    model.setValues("Data", "A1", [[1, "=CRM.GRID(A1)"]]);
    expect(row(model, 1, 2)).toEqual(["", "#VALUE!"]);
    expect(model.errorMessage("Data", 1, 1)).toBe("row 2: not a number");
    expect(model.errorMessage("Data", 0, 1)).toBeUndefined();
    model.userEdit("Data", 0, 0, "2");
    expect(model.getCell("Data", 1, 1).value).toBe(0);
    expect(model.errorMessage("Data", 1, 1)).toBeUndefined();
  });

  it("gives a downstream formula the error without the upstream message", () => {
    const model = workbook();
    model.registerFunction("CRM.FAIL", () => error("#N/A", "not synced yet"));
    model.registerFunction("CRM.ID", (x: unknown) => x, { parameters: 1 });
    model.setValues("Data", "A1", [["=CRM.FAIL()", "=CRM.ID(A1)"]]);
    expect(row(model, 0, 2)).toEqual(["#N/A", "#N/A"]);
    expect(model.errorMessage("Data", 0, 0)).toBe("not synced yet");
    expect(model.errorMessage("Data", 0, 1)).toBeUndefined();
  });
});
