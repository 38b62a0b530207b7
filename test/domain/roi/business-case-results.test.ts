import { businessCaseResults } from "../../../src/domain/roi";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";
import * as finance from "../../../src/domain/finance";

const code = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("businessCaseResults", () => {
  // Rate 1 halves each year, so every figure is exact in binary.
  const schedule = { costs: [1000, 200, 200], benefits: [0, 800, 1600] };
  const results = businessCaseResults(schedule, 1);

  it("discounts costs (TCO) and benefits from year 0, undiscounted in year 0", () => {
    expect(results.flows).toEqual([-1000, 600, 1400]);
    expect(results.tco).toBe(1000 + 100 + 50);
    expect(results.pvBenefits).toBe(400 + 400);
    expect(results.npv).toBe(-1000 + 300 + 350);
    expect(results.roi).toBe((800 - 1150) / 1150);
  });

  it("passes the net flows to IRR and payback, discounted payback at the rate", () => {
    expect(results.irr).toBe(finance.irr([-1000, 600, 1400]));
    expect(results.payback).toBe(1 + 400 / 1400);
    expect(code(results.discountedPayback)).toBe("#N/A");
  });

  it("reports missing values as errors instead of numbers", () => {
    const none = businessCaseResults({ costs: [0, 0], benefits: [0, 0] }, 0.1);
    expect([code(none.roi), code(none.irr), none.npv, none.payback]).toEqual([
      "#DIV/0!",
      "#NUM!",
      0,
      0,
    ]);
    const bad = businessCaseResults(schedule, -1);
    expect([code(bad.tco), code(bad.npv), code(bad.roi)]).toEqual(["#NUM!", "#NUM!", "#NUM!"]);
  });
});

describe("business case results equal the CRM functions on the same yearly flows", () => {
  it("NPV, IRR, ROI, payback and TCO", () => {
    const schedule = { costs: [5000, 1800, 1800, 1800], benefits: [0, 3500, 4200, 4800] };
    const results = businessCaseResults(schedule, 0.08);
    const col = (values: readonly number[]) => values.map((v) => [v]);
    const net = schedule.benefits.map((b, t) => b - schedule.costs[t]);
    expect(results.npv).toBe(finance.crmNpv(0.08, col(net)));
    expect(results.irr).toBe(finance.crmIrr(col(net)));
    expect(results.payback).toBe(finance.crmPayback(col(net)));
    expect(results.discountedPayback).toBe(finance.crmPayback(col(net), 0.08));
    expect(results.roi).toBe(finance.crmRoi(col(schedule.benefits), col(schedule.costs), 0.08));
    expect(results.tco).toBe(finance.crmNpv(0.08, col(schedule.costs)));
  });
});
