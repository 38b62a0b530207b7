import { winRate } from "../../../src/domain/pipeline";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("winRate", () => {
  it("is won / (won + lost), ignoring open stages, blanks and numbers", () => {
    expect(
      winRate([
        ["Won", "lost", " WON ", "Lead"],
        ["", null, 3, "Proposal"],
      ]),
    ).toBe(2 / 3);
    expect(winRate([["Won"], ["Won"], ["Lost"], ["Lost"]])).toBe(0.5);
  });

  it("is 1 with only wins and 0 with only losses", () => {
    expect(winRate("won")).toBe(1);
    expect(winRate([["Lost"]])).toBe(0);
  });

  it("is #DIV/0! when no deal is closed", () => {
    expect(codeOf(winRate([["Lead", "Proposal"]]))).toBe("#DIV/0!");
    expect(codeOf(winRate(null))).toBe("#DIV/0!");
  });
});
