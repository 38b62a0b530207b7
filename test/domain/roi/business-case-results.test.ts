import { businessCaseResults } from "../../../src/domain/roi";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";
import { REFERENCE_FINANCE } from "./reference-finance";

const code = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("businessCaseResults", () => {
  // Rate 1 halves each year, so every figure is exact in binary.
  const schedule = { costs: [1000, 200, 200], benefits: [0, 800, 1600] };
  const results = businessCaseResults(schedule, 1, REFERENCE_FINANCE);

  it("discounts costs (TCO) and benefits from year 0, undiscounted in year 0", () => {
    expect(results.flows).toEqual([-1000, 600, 1400]);
    expect(results.tco).toBe(1000 + 100 + 50);
    expect(results.pvBenefits).toBe(400 + 400);
    expect(results.npv).toBe(-1000 + 300 + 350);
    expect(results.roi).toBe((800 - 1150) / 1150);
  });

  it("passes the net flows to IRR and payback, discounted payback at the rate", () => {
    expect(results.irr).toBe(REFERENCE_FINANCE.irr([-1000, 600, 1400]));
    expect(results.payback).toBe(1 + 400 / 1400);
    expect(code(results.discountedPayback)).toBe("#N/A");
  });

  it("reports missing values as errors instead of numbers", () => {
    const none = businessCaseResults({ costs: [0, 0], benefits: [0, 0] }, 0.1, REFERENCE_FINANCE);
    expect([code(none.roi), code(none.irr), none.npv, none.payback]).toEqual([
      "#DIV/0!",
      "#NUM!",
      0,
      0,
    ]);
    const bad = businessCaseResults(schedule, -1, REFERENCE_FINANCE);
    expect([code(bad.tco), code(bad.npv), code(bad.roi)]).toEqual(["#NUM!", "#NUM!", "#NUM!"]);
  });
});
