// The cell-facing finance functions on the inputs analysts actually give them: blanks, text
// numbers, blocks, booleans, dates out of order, impossible rates — with Excel's error codes.
import * as formulajs from "@formulajs/formulajs";
import {
  crmBusinessCase,
  crmIrr,
  crmMirr,
  crmNpv,
  crmPayback,
  crmRoi,
  crmTco,
} from "../../../src/domain/finance";

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const DATES = [39448, 39508, 39751, 39859, 39904];
const FLOWS = [-10000, 2750, 4250, 3250, 2750];

describe("CRM.NPV", () => {
  it("skips blanks and logicals, reads numeric text, and reads blocks row by row", () => {
    const plain = crmNpv(0.1, col(-100, 60, 60));
    expect(plain).toBeCloseTo(-100 + 60 / 1.1 + 60 / 1.21, 12);
    expect(crmNpv(0.1, col(-100, "", 60, null, true, "60"))).toBeCloseTo(plain as number, 12);
    expect(
      crmNpv(0.1, [
        [-100, 60],
        [60, ""],
      ] as never),
    ).toBeCloseTo(plain as number, 12);
    expect(crmNpv("10%", col("(100)", "$60", "60"))).toBeCloseTo(plain as number, 12);
  });

  it("equals XNPV with dates, and Excel's NPV after the first flow without", () => {
    expect(crmNpv(0.09, col(...FLOWS), col(...DATES))).toBeCloseTo(
      formulajs.XNPV(0.09, FLOWS, DATES) as number,
      9,
    );
    const flows = [-5000, 1200, 0, 2600, 3100];
    expect(crmNpv(0.07, col(...flows))).toBeCloseTo(
      flows[0] + (formulajs.NPV(0.07, ...flows.slice(1)) as number),
      9,
    );
  });

  it("gives Excel's errors", () => {
    expect(crmNpv(-1, col(1, 2))).toMatchObject({ code: "#NUM!" });
    expect(crmNpv(-2, col(1, 2))).toMatchObject({ code: "#NUM!" });
    expect(crmNpv(0.1, col(1, "abc"))).toMatchObject({ code: "#VALUE!" });
    expect(crmNpv("ten", col(1, 2))).toMatchObject({ code: "#VALUE!" });
    expect(crmNpv(0.1, col(1, 2, 3), col(39448, 39449))).toMatchObject({ code: "#VALUE!" });
    expect(crmNpv(0.1, col(1, -2), col(39448, 39000))).toMatchObject({ code: "#NUM!" });
  });

  it("handles a single value and an empty range", () => {
    expect(crmNpv(0.1, col(42))).toBe(42);
    expect(crmNpv(0.1, col("", null))).toBe(0);
  });
});

describe("CRM.IRR", () => {
  it("is XIRR with dates, whatever order the later dates come in", () => {
    const shuffled = crmIrr(
      col(-10000, 4250, 2750, 3250, 2750),
      col(39448, 39751, 39508, 39859, 39904),
    );
    expect(shuffled).toBeCloseTo(crmIrr(col(...FLOWS), col(...DATES)) as number, 12);
  });

  it("is #NUM! for all-negative flows and #VALUE! for text", () => {
    expect(crmIrr(col(-1, -2, -3))).toMatchObject({ code: "#NUM!" });
    expect(crmIrr(col(-1, "x", 3))).toMatchObject({ code: "#VALUE!" });
  });

  it("uses the guess when several rates exist", () => {
    expect(crmIrr(col(-100, 230, -132), null, 0.3)).toBeCloseTo(0.2, 12);
    expect(crmIrr(col(-100, 230, -132), null, null)).toBeCloseTo(0.1, 12);
  });
});

describe("CRM.MIRR", () => {
  it("matches Excel and needs both signs", () => {
    const flows = [-120000, 39000, 30000, 21000, 37000, 46000];
    expect(crmMirr(col(...flows), 0.1, 0.12)).toBeCloseTo(
      formulajs.MIRR(flows, 0.1, 0.12) as number,
      12,
    );
    expect(crmMirr(col(1, 2, 3), 0.1, 0.1)).toMatchObject({ code: "#DIV/0!" });
    expect(crmMirr(col(-1, -2), 0.1, 0.1)).toMatchObject({ code: "#DIV/0!" });
  });
});

describe("CRM.PAYBACK", () => {
  it("interpolates inside the period and discounts with a rate", () => {
    expect(crmPayback(col(-100, 50, 60))).toBeCloseTo(1 + 50 / 60, 12);
    // discounted: −100, +54.55, +49.59 → crosses zero during the second period
    expect(crmPayback(col(-100, 60, 60, 60), 0.1)).toBeCloseTo(
      1 + (100 - 60 / 1.1) / (60 / 1.21),
      12,
    );
  });

  it("is 0 when the first flow already pays, #N/A when nothing does", () => {
    expect(crmPayback(col(10, -5))).toBe(0);
    expect(crmPayback(col(-100, 50, 40))).toMatchObject({ code: "#N/A" });
    expect(crmPayback(col(-100, 50, 60), 0.1)).toMatchObject({ code: "#N/A" });
  });
});

describe("CRM.ROI", () => {
  it("is (benefits − costs) / costs, of present values with a rate", () => {
    expect(crmRoi(col(0, 80, 80), col(100, 10, 10))).toBeCloseTo(40 / 120, 12);
    const pvB = 80 / 1.1 + 80 / 1.21;
    const pvC = 100 + 10 / 1.1 + 10 / 1.21;
    expect(crmRoi(col(0, 80, 80), col(100, 10, 10), 0.1)).toBeCloseTo((pvB - pvC) / pvC, 12);
  });

  it("is #DIV/0! without costs", () => {
    expect(crmRoi(col(10), col(0, ""))).toMatchObject({ code: "#DIV/0!" });
  });
});

describe("CRM.TCO", () => {
  const amounts = col(5000, 100, 300, 250);
  const kinds = col("Once", "monthly", "ANNUAL", "Quarterly");

  it("counts one-off items once and recurring ones per year", () => {
    expect(crmTco(amounts, kinds, 3)).toBe(5000 + 3 * (1200 + 300 + 1000));
    expect(crmTco(amounts, col("Once", "Monthly", "Yearly", "Quarterly"), 0)).toBe(5000);
  });

  it("discounts each year's recurring total at the end of the year", () => {
    const yearly = 1200 + 300 + 1000;
    expect(crmTco(amounts, kinds, 3, 0.1)).toBeCloseTo(
      5000 + yearly / 1.1 + yearly / 1.21 + yearly / 1.331,
      9,
    );
  });

  it("names an unknown frequency and rejects impossible years", () => {
    expect(crmTco(col(1), col("Weekly"), 1)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("Weekly"),
    });
    expect(crmTco(col(1), col("Once"), 1.5)).toMatchObject({ code: "#NUM!" });
    expect(crmTco(col(1), col("Once"), -1)).toMatchObject({ code: "#NUM!" });
    expect(crmTco(col(1, 2), col("Once"), 1)).toMatchObject({ code: "#VALUE!" });
  });
});

describe("CRM.BUSINESSCASE", () => {
  it("spills six labelled rows", () => {
    const rows = crmBusinessCase(col(0, 80, 80), col(100, 10, 10), 0.1) as [string, unknown][];
    expect(rows.map((r) => r[0])).toEqual([
      "Total costs",
      "Total benefits",
      "NPV",
      "ROI",
      "IRR",
      "Payback",
    ]);
    expect(rows[0][1]).toBe(120);
    expect(rows[1][1]).toBe(160);
    expect(rows[2][1]).toBeCloseTo(-100 + 70 / 1.1 + 70 / 1.21, 12);
    expect(rows[5][1]).toBeCloseTo(1 + 30 / 70, 12);
  });

  it("puts an error in the one cell whose value does not exist", () => {
    const rows = crmBusinessCase(col(0, 10), col(100, 10), 0.1) as [string, unknown][];
    expect(rows[4][1]).toMatchObject({ code: "#NUM!" });
    expect(rows[5][1]).toMatchObject({ code: "#N/A" });
    expect(typeof rows[2][1]).toBe("number");
  });

  it("needs benefits and costs for the same periods", () => {
    expect(crmBusinessCase(col(0, 80), col(100, 10, 10), 0.1)).toMatchObject({ code: "#VALUE!" });
  });
});
