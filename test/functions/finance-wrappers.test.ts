// The =CRM.… finance wrappers as Excel calls them: 2-D ranges, null for missing optional
// arguments, and errors as CustomFunctions.Error with Excel's codes.
import {
  businesscase,
  irr,
  mirr,
  npv,
  payback,
  roi,
  tco,
} from "../../src/functions/finance-functions";
import {
  CustomFunctionsErrorStub,
  installCustomFunctionsStub,
} from "./support/custom-functions-stub";

beforeAll(installCustomFunctionsStub);

const col = (...values: unknown[]) => values.map((v) => [v]);

describe("finance custom functions", () => {
  it("return the domain's numbers for ordinary calls", () => {
    expect(npv(0.1, col(-100, 60, 60), null as never)).toBeCloseTo(4.132231404958674, 12);
    expect(irr(col(-70000, 12000, 15000, 18000, 21000, 26000), null as never, null)).toBeCloseTo(
      0.0866309480365316,
      10,
    );
    expect(mirr(col(-120000, 39000, 30000, 21000, 37000, 46000), 0.1, 0.12)).toBeCloseTo(
      0.126094,
      6,
    );
    expect(payback(col(-100, 50, 60), null)).toBeCloseTo(1 + 50 / 60, 12);
    expect(roi(col(0, 80, 80), col(100, 10, 10), null)).toBeCloseTo(1 / 3, 12);
    expect(tco(col(5000, 100, 300), col("Once", "Monthly", "Annual"), 3, null)).toBe(9500);
  });

  it.each([
    ["NPV with rate −1", () => npv(-1, col(1, 2), null as never), "#NUM!"],
    ["IRR of text", () => irr(col("a", 1), null as never, null), "#VALUE!"],
    ["ROI without costs", () => roi(col(1), col(0), null), "#DIV/0!"],
    ["PAYBACK never paid back", () => payback(col(-1, -1), null), "#N/A"],
    ["MIRR without a positive flow", () => mirr(col(-1, -2), 0.1, 0.1), "#DIV/0!"],
    ["TCO with a fractional year", () => tco(col(1), col("Once"), 1.5, null), "#NUM!"],
  ])("%s is %s", (_, call, code) => {
    const result = call();
    expect(result).toBeInstanceOf(CustomFunctionsErrorStub);
    expect((result as CustomFunctionsErrorStub).code).toBe(code);
  });

  it("spills the business case with an error only where a value does not exist", () => {
    const rows = businesscase(col(0, 10), col(100, 10), 0.1);
    expect(rows.map((r) => r[0])).toEqual([
      "Total costs",
      "Total benefits",
      "NPV",
      "ROI",
      "IRR",
      "Payback",
    ]);
    expect(rows[0][1]).toBe(110);
    expect(rows[4][1]).toMatchObject({ code: "#NUM!" });
    expect(rows[5][1]).toMatchObject({ code: "#N/A" });
  });

  it("throws a whole-call error for a business case of mismatched periods", () => {
    expect(() => businesscase(col(0, 80), col(100, 10, 10), 0.1)).toThrow(
      expect.objectContaining({ code: "#VALUE!" }),
    );
  });
});
