import { parseDecimal, parseMoney, parseMoneyText } from "../../../src/domain/records";

describe("parseMoneyText", () => {
  it.each([
    ["$1,200.50", 1200.5],
    ["1 200,50 €", 1200.5],
    ["1\u00a0200,50\u00a0€", 1200.5],
    ["€1.200,50", 1200.5],
    ["(300)", -300],
    ["($1,200.50)", -1200.5],
    ["-$300", -300],
    ["$-300", -300],
    ["300-", -300],
    ["+42", 42],
    ["-", 0],
    ["$ -", 0],
    ["1200", 1200],
    ["0.5", 0.5],
    [".5", 0.5],
    ["1,5", 1.5],
    ["USD 1,000", 1000],
    ["1000 EUR", 1000],
    ["CHF 1'250.75", 1250.75],
    ["£12", 12],
    ["1e3", 1000],
    ["1,200,300", 1200300],
    ["1.200.300", 1200300],
  ])("reads %j as %d", (text, expected) => {
    expect(parseMoneyText(text)).toBe(expected);
  });

  it.each(["abc", "12%", "1.200.50", "1 2", "--5", "$", "", "12abc", "1,2,3", "(-)"])(
    "rejects %j",
    (text) => {
      expect(parseMoneyText(text)).toBeUndefined();
    },
  );

  it("reads an ambiguous single separator by the locale's decimal separator", () => {
    expect(parseMoneyText("1,200")).toBe(1200);
    expect(parseMoneyText("1.200")).toBe(1.2);
    expect(parseMoneyText("1,200", ",")).toBe(1.2);
    expect(parseMoneyText("1.200", ",")).toBe(1200);
    expect(parseMoneyText("1.200,50", ",")).toBe(1200.5);
    expect(parseMoneyText("1,200.50", ",")).toBe(1200.5);
  });
});

describe("parseMoney", () => {
  it("passes finite numbers through and explains what it cannot read", () => {
    expect(parseMoney(-12.5)).toEqual({ ok: true, value: -12.5 });
    expect(parseMoney("abc")).toEqual({ ok: false, problem: "is not a number" });
    expect(parseMoney(true)).toEqual({ ok: false, problem: "is not a number" });
    expect(parseMoney(Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});

describe("parseDecimal", () => {
  it("takes unsigned digits only", () => {
    expect(parseDecimal("12")).toBe(12);
    expect(parseDecimal("-12")).toBeUndefined();
    expect(parseDecimal("")).toBeUndefined();
    expect(parseDecimal("5.")).toBeUndefined();
  });
});
