import { customerLifetimeValue } from "../../../src/domain/segments";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("customerLifetimeValue", () => {
  it("is m·r/(1 + d − r)", () => {
    expect(customerLifetimeValue(120, 0.8, 0.1)).toBeCloseTo(320, 9);
    expect(customerLifetimeValue(100, 0.3, 0.1)).toBe(37.5);
    expect(customerLifetimeValue(50, 0.5, 0)).toBe(50);
  });

  it("is 0 with no retention and accepts numeric text", () => {
    expect(customerLifetimeValue(120, 0, 0.1)).toBe(0);
    expect(customerLifetimeValue("$120", "80%", "10%")).toBeCloseTo(320, 9);
  });

  it("treats a blank argument as 0, as Excel's functions do", () => {
    expect(customerLifetimeValue(120, 0.5, "")).toBe(120);
  });

  it("is #NUM! for retention outside [0, 1) or a negative discount rate", () => {
    expect(codeOf(customerLifetimeValue(120, 1, 0.1))).toBe("#NUM!");
    expect(codeOf(customerLifetimeValue(120, -0.1, 0.1))).toBe("#NUM!");
    expect(codeOf(customerLifetimeValue(120, 0.8, -0.01))).toBe("#NUM!");
  });

  it("is #VALUE! for text that is not a number or a logical", () => {
    expect(codeOf(customerLifetimeValue("lots", 0.8, 0.1))).toBe("#VALUE!");
    expect(codeOf(customerLifetimeValue(120, true, 0.1))).toBe("#VALUE!");
  });
});
