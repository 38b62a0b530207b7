import { WorkbookModel } from "../../../src/workbench/simulator";
import { settle, setup } from "./helpers";

function workbook() {
  const model = new WorkbookModel();
  model.addSheet("Data");
  model.addSheet("My Sheet");
  return model;
}

describe("custom function evaluation", () => {
  it("passes a table column (Table[Column]) as its data rows, following the table as it grows", () => {
    const model = workbook();
    model.registerFunction("CRM.SUM", (xs: unknown) =>
      (xs as unknown[][]).flat().reduce((a: number, x) => a + Number(x || 0), 0),
    );
    model.setValues("Data", "A1", [
      ["Item", "Amount"],
      ["a", 2],
      ["b", 3],
    ]);
    model.addTable("Data", "Costs", "A1:B3");
    model.setValues("My Sheet", "A1", [["=CRM.SUM(costs[amount])", "=CRM.SUM(Nope[Amount])"]]);
    expect(model.getCell("My Sheet", 0, 0).value).toBe(5);
    expect(model.getCell("My Sheet", 0, 1).value).toBe("#REF!");
    model.userEdit("Data", 2, 1, "10");
    expect(model.getCell("My Sheet", 0, 0).value).toBe(12);
  });

  it("passes literals, cells, ranges and sheet-qualified refs, padding missing args with null", () => {
    const model = workbook();
    const calls: unknown[][] = [];
    model.registerFunction(
      "CRM.ECHO",
      (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) => {
        calls.push([a, b, c, d, e]);
        return 1;
      },
    );
    model.setValues("Data", "A1", [
      [1, 2],
      [3, null],
    ]);
    model.setValues("My Sheet", "B2", [["x"]]);
    model.setValues("Data", "D1", [['=crm.echo(0.1, A1:B2, "s""q", \'My Sheet\'!B2)']]);
    expect(calls.at(-1)).toEqual([
      0.1,
      [
        [1, 2],
        [3, ""],
      ],
      's"q',
      "x",
      null,
    ]);
    expect(model.getCell("Data", 0, 3)).toMatchObject({
      value: 1,
      formula: '=crm.echo(0.1, A1:B2, "s""q", \'My Sheet\'!B2)',
    });
  });

  it("re-evaluates after inputs change, and only then", () => {
    const model = workbook();
    const impl = jest.fn((x: unknown) => Number(x) * 2);
    model.registerFunction("CRM.DOUBLE", impl);
    model.setValues("Data", "A1", [[5, "=CRM.DOUBLE(A1)"]]);
    expect(model.getCell("Data", 0, 1).value).toBe(10);
    model.userEdit("Data", 5, 5, "unrelated");
    expect(impl).toHaveBeenCalledTimes(1);
    model.userEdit("Data", 0, 0, "7");
    expect(model.getCell("Data", 0, 1).value).toBe(14);
  });

  it("spills arrays right and down, and shows #SPILL! when blocked", () => {
    const model = workbook();
    model.registerFunction("CRM.GRID", () => [
      ["a", 1],
      ["b", 2],
    ]);
    model.setValues("Data", "A1", [["=CRM.GRID()"]]);
    expect([0, 1].map((r) => [0, 1].map((c) => model.getCell("Data", r, c).value))).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    model.userEdit("Data", 1, 1, "block");
    expect(model.getCell("Data", 0, 0).value).toBe("#SPILL!");
    expect(model.getCell("Data", 1, 0).value).toBe("");
  });

  it("renders error objects, thrown errors, unknown functions; computes SUM, not operators", () => {
    const model = workbook();
    model.registerFunction("CRM.BAD", () => ({ kind: "error", code: "#NUM!" }));
    model.registerFunction("CRM.THROWS", () => {
      throw Object.assign(new Error("x"), { code: "#DIV/0!" });
    });
    model.setValues("Data", "A1", [
      ["=CRM.BAD()", "=CRM.THROWS()", "=CRM.NOPE(1)", "=SUM(A2:A3)", "=1+2"],
    ]);
    expect([0, 1, 2, 3, 4].map((c) => model.getCell("Data", 0, c).value)).toEqual([
      "#NUM!",
      "#DIV/0!",
      "#NAME?",
      0,
      "",
    ]);
  });

  it("shows #BUSY! until a Promise resolves", async () => {
    const model = workbook();
    let resolve: (v: number) => void = () => undefined;
    model.registerFunction("CRM.SLOW", () => new Promise<number>((r) => (resolve = r)));
    model.setValues("Data", "A1", [["=CRM.SLOW()"]]);
    expect(model.getCell("Data", 0, 0).value).toBe("#BUSY!");
    resolve(42);
    await settle();
    expect(model.getCell("Data", 0, 0).value).toBe(42);
  });

  it("streams results and cancels when the formula is replaced", () => {
    const model = workbook();
    const canceled = jest.fn();
    let push: (v: unknown) => void = () => undefined;
    model.registerFunction(
      "CRM.LIVE",
      (id: unknown, invocation: unknown) => {
        const inv = invocation as { setResult(v: unknown): void; onCanceled?: () => void };
        inv.onCanceled = canceled;
        push = (v) => inv.setResult(v);
        inv.setResult(`${String(id)}:0`);
      },
      { streaming: true },
    );
    model.setValues("Data", "A1", [['=CRM.LIVE("c1")']]);
    expect(model.getCell("Data", 0, 0).value).toBe("c1:0");
    push("c1:1");
    expect(model.getCell("Data", 0, 0).value).toBe("c1:1");
    model.userEdit("Data", 0, 0, "plain");
    expect(canceled).toHaveBeenCalledTimes(1);
  });

  it("computes formulas written through Excel.run before they are read in the same batch", async () => {
    const { Excel, model } = setup();
    model.registerFunction("CRM.ADD", (a: unknown, b: unknown) => Number(a) + Number(b));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[2, 3, "=CRM.ADD(A1, B1)"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([[2, 3, 5]]);
      expect(range.formulas[0][2]).toBe("=CRM.ADD(A1, B1)");
    });
  });
});
