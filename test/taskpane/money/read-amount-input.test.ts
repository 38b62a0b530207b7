// What people type in the pane's amount and percentage inputs, read by the sync's money parser.
import {
  decimalSeparatorOf,
  readAmountInput,
  readPercentInput,
} from "../../../src/taskpane/money/read-amount-input";

const value = (r: ReturnType<typeof readAmountInput>) => (r.ok ? r.value : r.problem);

describe("amounts typed in the pane", () => {
  it.each([
    ["$500", 500],
    ["500 €", 500],
    ["1.200,50 €", 1200.5],
    ["1,200.50", 1200.5],
    ["€1.200,50", 1200.5],
    ["USD 4,200", 4200],
    ["1 200,50", 1200.5],
    ["  42 ", 42],
  ])("%s → %d", (text, n) => {
    expect(value(readAmountInput("Amount", text))).toBe(n);
  });

  it("reads negatives where the field allows them, and refuses them elsewhere", () => {
    expect(value(readAmountInput("Amount", "(300)", { negative: true }))).toBe(-300);
    expect(value(readAmountInput("Amount", "-300", { negative: true }))).toBe(-300);
    expect(value(readAmountInput("Target", "(300)"))).toBe(
      "Target: “(300)” is below zero. Type an amount of 0 or more.",
    );
  });

  it("names the field and the text it cannot read", () => {
    expect(value(readAmountInput("Amount", "abc"))).toBe(
      "Amount: “abc” is not an amount. Type it as 1200, $1,200.50 or 1.200,50 €.",
    );
  });

  it("leaves a blank optional field empty and asks for a required one", () => {
    expect(readAmountInput("Amount", " ")).toEqual({ ok: true, value: undefined });
    expect(value(readAmountInput("Amount", "", { required: true }))).toBe(
      "Amount: type an amount, e.g. 1200.",
    );
  });

  it("reads a lone 1.200 by the user's decimal separator", () => {
    expect(value(readAmountInput("Amount", "1.200", { decimalSeparator: "," }))).toBe(1200);
    expect(value(readAmountInput("Amount", "1.200", { decimalSeparator: "." }))).toBe(1.2);
    expect(decimalSeparatorOf("de-DE")).toBe(",");
    expect(decimalSeparatorOf("en-US")).toBe(".");
  });
});

describe("percentages typed in the pane", () => {
  it("reads 12% and 12 alike as 12%", () => {
    expect(value(readPercentInput("Discount rate", "12%"))).toBeCloseTo(0.12);
    expect(value(readPercentInput("Discount rate", "12"))).toBeCloseTo(0.12);
    expect(value(readPercentInput("Discount rate", "7,5 %", { decimalSeparator: "," }))).toBe(
      0.075,
    );
  });

  it("keeps to the field's range and names the field when it cannot read it", () => {
    expect(value(readPercentInput("Costs raised by", "250", { max: 500 }))).toBe(2.5);
    expect(value(readPercentInput("Discount rate", "120%"))).toBe(
      "Discount rate: 120% is outside 0–100%.",
    );
    expect(value(readPercentInput("Discount rate", "ten"))).toBe(
      "Discount rate: “ten” is not a percentage. Type it as 12 or 12%.",
    );
    expect(value(readPercentInput("Discount rate", "$12"))).toBe(
      "Discount rate: “$12” is not a percentage. Type it as 12 or 12%.",
    );
  });
});
