// The analytics wrappers against a stubbed CustomFunctions global: values pass through, domain
// error values come back as CustomFunctions.Error with the exact Excel code.

import {
  clv,
  forecast,
  pipeline,
  rfm,
  score,
  segment,
  winrate,
} from "../../src/functions/analytics-functions";

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

beforeAll(() => {
  Object.assign(globalThis, { CustomFunctions: { Error: StubError, ErrorCode } });
});

afterAll(() => {
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

/** A whole-call error may be returned or thrown; either way Excel shows it in the cell. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (thrown) {
    return thrown;
  }
}

/** The Excel code of a whole-call error: a bare Error, or a 1×1 spill holding one. */
function errorCode(call: () => unknown): string | undefined {
  const result = outcome(call);
  const cell = Array.isArray(result) && result.length === 1 ? result[0][0] : result;
  return cell instanceof StubError ? cell.code : undefined;
}

const cellCodes = (rows: unknown[][]) =>
  rows.map((row) => row.map((v) => (v instanceof StubError ? v.code : v)));

const col = (values: unknown[]) => values.map((v) => [v]);

describe("CRM.RFM", () => {
  it("spills one code per customer as a column", () => {
    expect(
      rfm(col([10, 50, 200, 5, 30]), col([5, 2, 1, 8, 3]), col([500, 120, 50, 900, 200])),
    ).toEqual([[444], [222], [111], [555], [333]]);
  });

  it("puts #VALUE! in the cell of a customer with a non-number", () => {
    const result = rfm(col([10, "soon", 200, 5]), col([5, 2, 1, 8]), col([500, 120, 50, 900]));
    expect(cellCodes(result)).toEqual([[222], ["#VALUE!"], [111], [444]]);
  });

  it("is #VALUE! for ranges of different lengths and #N/A with no customer", () => {
    expect(errorCode(() => rfm(col([1, 2]), col([1]), col([1, 2])))).toBe("#VALUE!");
    expect(errorCode(() => rfm([[""]], [[""]], [[""]]))).toBe("#N/A");
  });
});

describe("CRM.SEGMENT", () => {
  it("names codes in the shape of the input", () => {
    expect(segment([[545]])).toEqual([["Potential Loyalist"]]);
    expect(
      segment(
        [
          [555, 111],
          [211, 215],
        ],
        null as never,
        null as never,
      ),
    ).toEqual([
      ["Champions", "Lost"],
      ["About To Sleep", "Others"],
    ]);
  });

  it("reads R, F and M scores", () => {
    expect(segment([[5]], [[5]], [[5]])).toEqual([["Champions"]]);
  });

  it("puts #NUM! in the cell of an invalid code", () => {
    expect(cellCodes(segment([[545], [561]]))).toEqual([["Potential Loyalist"], ["#NUM!"]]);
  });

  it("is #VALUE! with f but no m", () => {
    expect(errorCode(() => segment([[5]], [[5]], null as never))).toBe("#VALUE!");
  });
});

describe("CRM.SCORE", () => {
  it("scores codes with default and given weights", () => {
    expect(score([[111], [555]])).toEqual([[0], [100]]);
    expect(score([[545]])[0][0]).toBeCloseTo(91.6667, 4);
    expect(score([[511]], [[2, 1, 1]])).toEqual([[50]]);
  });

  it("is #NUM! for negative or all-zero weights", () => {
    expect(errorCode(() => score([[555]], [[1, -1, 1]]))).toBe("#NUM!");
    expect(errorCode(() => score([[555]], [[0, 0, 0]]))).toBe("#NUM!");
  });
});

describe("CRM.CLV", () => {
  it("is m·r/(1 + d − r)", () => {
    expect(clv(120, 0.8, 0.1)).toBeCloseTo(320, 9);
  });

  it("is #NUM! for retention outside [0, 1) or a negative rate", () => {
    expect(errorCode(() => clv(120, 1, 0.1))).toBe("#NUM!");
    expect(errorCode(() => clv(120, 0.5, -0.1))).toBe("#NUM!");
  });
});

describe("CRM.FORECAST", () => {
  const history = col([120, 80, 150, 100, 130, 90, 160, 110, 140, 100, 170, 120]);

  it("spills horizon values as a column, season detected", () => {
    const result = forecast(history, 4) as number[][];
    expect(result.map((row) => row.length)).toEqual([1, 1, 1, 1]);
    [150, 110, 180, 130].forEach((v, i) => expect(result[i][0]).toBeCloseTo(v, 9));
    expect(forecast(history, 4, null)).toEqual(result);
  });

  it("is #NUM! for a bad horizon, too short a history or too many gaps", () => {
    expect(errorCode(() => forecast(history, 0))).toBe("#NUM!");
    expect(errorCode(() => forecast(history, 1.5))).toBe("#NUM!");
    expect(errorCode(() => forecast(history, 1, 7))).toBe("#NUM!");
    expect(errorCode(() => forecast(col([1, 2]), 1))).toBe("#NUM!");
    expect(errorCode(() => forecast(col([1, "", "", 4, "", 6]), 1))).toBe("#NUM!");
  });

  it("is #VALUE! for text in the history", () => {
    expect(errorCode(() => forecast(col([1, "x", 3, 4]), 1))).toBe("#VALUE!");
  });

  describe("with a confidence level", () => {
    const noisy = col([
      112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170,
      170, 158, 133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
    ]);

    it("spills forecast, lower and upper columns around the same forecast", () => {
      const plain = forecast(noisy, 6, 12) as number[][];
      const table = forecast(noisy, 6, 12, 0.95) as number[][];
      expect(table.map((row) => row.length)).toEqual([3, 3, 3, 3, 3, 3]);
      expect(table.map((row) => row[0])).toEqual(plain.map((row) => row[0]));
      for (const [f, lower, upper] of table) {
        expect(lower).toBeLessThan(f);
        expect(upper).toBeGreaterThan(f);
        expect(upper - f).toBeCloseTo(f - lower, 9);
      }
    });

    it("widens with the level and with the horizon", () => {
      const at80 = forecast(noisy, 6, 12, 0.8) as number[][];
      const at95 = forecast(noisy, 6, 12, 0.95) as number[][];
      const width = (rows: number[][]) => rows.map(([, lower, upper]) => upper - lower);
      width(at80).forEach((w, i) => expect(w).toBeLessThan(width(at95)[i]));
      expect(width(at95)[5]).toBeGreaterThan(width(at95)[0]);
    });

    it("is a single column when confidence is left out (Excel passes null)", () => {
      expect(forecast(noisy, 2, null, null)).toEqual(forecast(noisy, 2));
    });

    it("is #NUM! with a reason for a level not strictly between 0 and 1, #VALUE! for text", () => {
      for (const level of [0, 1, 1.5, -0.2]) {
        expect(errorCode(() => forecast(noisy, 2, 12, level))).toBe("#NUM!");
      }
      const thrown = outcome(() => forecast(noisy, 2, 12, 95)) as StubError;
      expect(thrown.message).toContain("between 0 and 1");
      expect(errorCode(() => forecast(noisy, 2, 12, "high"))).toBe("#VALUE!");
    });

    it("reads a percent typed as text", () => {
      const text = (forecast(noisy, 2, 12, "95%") as number[][]).flat();
      const number = (forecast(noisy, 2, 12, 0.95) as number[][]).flat();
      text.forEach((v, i) => expect(v).toBeCloseTo(number[i], 6));
    });
  });
});

describe("CRM.PIPELINE", () => {
  const amounts = col([1000, 2000, 500]);
  const stages = col(["Lead", "Proposal", "Won"]);

  it("weights amounts by stage, with an optional window and overrides", () => {
    expect(pipeline(amounts, stages)).toBe(1600);
    expect(pipeline(amounts, stages, col([45292, 45323, 45351]), 45292, 45323)).toBe(1100);
    expect(
      pipeline(amounts, stages, col([45292, 45323, 45351]), null, null, col(["40%", "", ""])),
    ).toBe(1900);
  });

  it("is #VALUE! for an unknown stage or ranges of different lengths", () => {
    expect(errorCode(() => pipeline(amounts, col(["Lead", "Closing", "Won"])))).toBe("#VALUE!");
    expect(errorCode(() => pipeline(amounts, col(["Lead"])))).toBe("#VALUE!");
  });

  it("is #NUM! for a probability above 100", () => {
    expect(
      errorCode(() => pipeline(amounts, stages, null as never, null, null, col([120, "", ""]))),
    ).toBe("#NUM!");
  });
});

describe("CRM.WINRATE", () => {
  it("is won / (won + lost)", () => {
    expect(winrate(col(["Won", "Lost", "Won", "Lead"]))).toBeCloseTo(2 / 3, 12);
  });

  it("is #DIV/0! with no closed deal", () => {
    expect(errorCode(() => winrate(col(["Lead"])))).toBe("#DIV/0!");
  });
});
