// Spill references (N2#), array constants ({1,2;3,4}) and the built-ins that read them, with the
// values Excel gives. Where LibreOffice 7.4 computes the same formula (numbers only: it has no
// boolean type, so TRUE in an array counts as 1 there) it was run as an oracle and agrees.
import { parseAddress, WorkbookModel } from "../../../src/workbench/simulator";

function workbook() {
  const model = new WorkbookModel();
  model.addSheet("Data");
  return model;
}

/** The values of cells given by address, e.g. at(model, "A1", "B2"). */
function at(model: WorkbookModel, ...addresses: string[]): unknown[] {
  return addresses.map((a) => {
    const { rect } = parseAddress(a)!;
    return model.getCell("Data", rect.row, rect.col).value;
  });
}

describe("spill references", () => {
  it("N2# is the whole spill of N2, whichever formula the evaluator meets first", () => {
    const model = workbook();
    model.registerFunction("CRM.LIST", (n: unknown) =>
      Array.from({ length: Number(n) }, (_, i) => [10 * (i + 1)]),
    );
    // the readers come before the spilling formula in the sheet's formula order
    model.setValues("Data", "A1", [["=SUM(N2#)", "=ROWS(N2#)", "=COUNT(N2#)", "=N2#"]]);
    model.setValues("Data", "Z1", [[3]]);
    model.setValues("Data", "N2", [["=CRM.LIST(Z1)"]]);
    expect(at(model, "A1", "B1", "C1")).toEqual([60, 3, 3]);
    expect(at(model, "D1", "D2", "D3")).toEqual([10, 20, 30]);
    model.userEdit("Data", 0, 25, "1");
    expect(at(model, "A1", "B1", "N2", "N3", "N4", "D2")).toEqual([10, 1, 10, "", "", ""]);
  });

  it("is #REF! when the cell holds no spilling formula, and sheet-qualified refs work", () => {
    const model = workbook();
    model.addSheet("Other Sheet");
    model.setValues("Other Sheet", "B2", [["={1;2;3;4}"]]);
    model.setValues("Data", "A1", [[7, "=SUM(A1#)", "=SUM('Other Sheet'!B2#)", "=MAX(Z9#)"]]);
    expect(at(model, "B1", "C1", "D1")).toEqual(["#REF!", 10, "#REF!"]);
  });

  it("a blocked spill shows #SPILL! and spills again once the blocker is cleared", () => {
    const model = workbook();
    model.setValues("Data", "A1", [["={1,2,3}"]]);
    model.userEdit("Data", 0, 2, "x");
    expect(at(model, "A1", "B1")).toEqual(["#SPILL!", ""]);
    model.userEdit("Data", 0, 2, "");
    expect(at(model, "A1", "B1", "C1")).toEqual([1, 2, 3]);
  });
});

describe("array constants", () => {
  it("={1,2;3,4} spills: commas separate columns, semicolons rows", () => {
    const model = workbook();
    model.setValues("Data", "B2", [["={1,2;3,4}"]]);
    expect(at(model, "B2", "C2", "B3", "C3")).toEqual([1, 2, 3, 4]);
    model.setValues("Data", "A10", [['={"a",TRUE,#N/A,-1.5E2}']]);
    expect(at(model, "A10", "B10", "C10", "D10")).toEqual(["a", true, "#N/A", -150]);
  });

  it("feed built-ins and custom functions as arrays", () => {
    const model = workbook();
    const seen: unknown[] = [];
    model.registerFunction("CRM.ECHO", (x: unknown) => (seen.push(x), 1));
    const formulas = [
      ["=SUM({1,2;3,4})", 10],
      ["=ROWS({1,2;3,4})", 2],
      ["=COLUMNS({1,2,3})", 3],
      ["=AVERAGE({1,2;3,4})", 2.5],
      ["=MIN({5,-2.5;7,1E1})", -2.5],
      ["=MAX({5,-2.5;7,1E1})", 10],
      ["=SUM(-1,{2})", 1],
      ['=COUNTA({1,"a",TRUE})', 3],
      // Excel ignores text and booleans inside arrays, converts them when typed as arguments
      ['=SUM({1,"2",TRUE})', 1],
      ['=COUNT({1,"a",TRUE})', 1],
      ['=SUM(1,"2",TRUE)', 4],
      ['=COUNT(1,"x","3")', 2],
      ['=SUM(1,"x")', "#VALUE!"],
      ["=SUM({1,#N/A})", "#N/A"],
      ["=CRM.ECHO({1,2;3,4})", 1],
    ] as const;
    model.setValues(
      "Data",
      "A1",
      formulas.map(([f]) => [f]),
    );
    const got = formulas.map((_, r) => model.getCell("Data", r, 0).value);
    expect(got).toEqual(formulas.map(([, v]) => v));
    const matrix = [
      [1, 2],
      [3, 4],
    ];
    expect(seen).toEqual([matrix]);
  });

  it("leaves constants Excel would refuse uncomputed", () => {
    const model = workbook();
    model.setValues("Data", "A1", [["={1,2;3}", "={1,A1}", "={1,,2}", "={10%}", "=SUM({})"]]);
    expect(at(model, "A1", "B1", "C1", "D1", "E1")).toEqual(["", "", "", "", ""]);
  });
});

describe("built-ins over cells and lone references", () => {
  it("read numbers in ranges only, and =A1 of an empty cell shows 0", () => {
    const model = workbook();
    model.setValues("Data", "B1", [[4], ["'7"], [true]]);
    const formulas = [
      "=SUM(B1:B3)",
      "=COUNT(B1:B3)",
      "=COUNTA(B1:B3)",
      "=AVERAGE(B1:B3)",
      "=MAX(C1:C2)",
      "=AVERAGE(C1:C2)",
      "=C9",
    ];
    model.setValues(
      "Data",
      "A1",
      formulas.map((f) => [f]),
    );
    expect(at(model, "A1", "A2", "A3", "A4", "A5", "A6", "A7")).toEqual([
      4,
      1,
      3,
      4,
      0,
      "#DIV/0!",
      0,
    ]);
  });

  it("=B1:C2 spills a copy of the range", () => {
    const model = workbook();
    model.setValues("Data", "B1", [
      [1, "x"],
      [3, ""],
    ]);
    model.setValues("Data", "E1", [["=B1:C2"]]);
    expect(at(model, "E1", "F1", "E2", "F2")).toEqual([1, "x", 3, 0]);
  });
});
