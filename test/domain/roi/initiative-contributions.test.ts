import {
  type CostScheduleItem,
  businessCaseResults,
  costSchedule,
  fitToTotal,
  initiativeContributions,
  riskAdjust,
} from "../../../src/domain/roi";
import { asExcelSerial } from "../../../src/domain/records";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const code = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);
const OPTIONS = { horizonYears: 3, startSerial: 46023, rate: 0.0731 };
const ITEMS: CostScheduleItem[] = [
  { id: "K1", kind: "Cost", frequency: "Monthly", amount: 1833.37, initiative: "Sales" },
  { id: "K2", kind: "Cost", frequency: "Once", amount: 38110.5, initiative: "Sales" },
  { id: "K3", kind: "Cost", frequency: "Quarterly", amount: 2217.9 },
  { id: "K4", kind: "Benefit", frequency: "Monthly", amount: 9123.45, initiative: "Sales" },
  {
    id: "K5",
    kind: "Benefit",
    frequency: "Quarterly",
    amount: 14070.1,
    initiative: "Marketing",
    start: asExcelSerial(46204),
  },
  { id: "K6", kind: "Cost", frequency: "Annual", amount: 6011.11, initiative: "Marketing" },
  { id: "K7", kind: "Benefit", frequency: "Annual", amount: 7003.3, initiative: "Service" },
];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("initiativeContributions", () => {
  it("gives each initiative the NPV of its own flows, Shared last, summing exactly to the total", () => {
    const result = initiativeContributions(ITEMS, OPTIONS);
    if (isErrorValue(result)) throw new Error("unexpected error");
    expect(result.contributions.map((c) => c.initiative)).toEqual([
      "Sales",
      "Marketing",
      "Service",
      "Shared",
    ]);
    const schedule = costSchedule(ITEMS, OPTIONS);
    if (isErrorValue(schedule)) throw new Error("unexpected error");
    expect(result.total).toBe(businessCaseResults(schedule, OPTIONS.rate).npv);
    expect(sum(result.contributions.map((c) => c.npv))).toBe(result.total);
    const shared = -2217.9 * 4 * (1 / 1.0731 + 1 / 1.0731 ** 2 + 1 / 1.0731 ** 3);
    expect(result.contributions[3].npv).toBeCloseTo(shared, 9);
    expect(sum(result.contributions.map((c) => c.share as number))).toBeCloseTo(1, 12);
  });

  it("applies the risk adjustment before discounting", () => {
    const risk = { benefitReductionPct: 0.1, costIncreasePct: 0.05 };
    const result = initiativeContributions(ITEMS, { ...OPTIONS, risk });
    if (isErrorValue(result)) throw new Error("unexpected error");
    const schedule = riskAdjust(costSchedule(ITEMS, OPTIONS) as never, risk);
    if (isErrorValue(schedule)) throw new Error("unexpected error");
    expect(result.total).toBe(businessCaseResults(schedule, OPTIONS.rate).npv);
    expect(sum(result.contributions.map((c) => c.npv))).toBe(result.total);
  });

  it("passes errors through: bad horizon, bad risk, bad rate", () => {
    expect(code(initiativeContributions(ITEMS, { ...OPTIONS, horizonYears: 0 }))).toBe("#NUM!");
    const risk = { benefitReductionPct: 2, costIncreasePct: 0 };
    expect(code(initiativeContributions(ITEMS, { ...OPTIONS, risk }))).toBe("#NUM!");
    expect(code(initiativeContributions(ITEMS, { ...OPTIONS, rate: -1 }))).toBe("#NUM!");
  });

  it("leaves shares out when the total NPV is 0", () => {
    const result = initiativeContributions([], OPTIONS);
    expect(result).toEqual({ total: 0, contributions: [] });
    const balanced: CostScheduleItem[] = [
      { id: "A", kind: "Cost", frequency: "Once", amount: 100, initiative: "X" },
      { id: "B", kind: "Benefit", frequency: "Once", amount: 100, initiative: "Y" },
    ];
    expect(initiativeContributions(balanced, OPTIONS)).toEqual({
      total: 0,
      contributions: [
        { initiative: "X", npv: -100 },
        { initiative: "Y", npv: 100 },
      ],
    });
  });
});

describe("fitToTotal", () => {
  it("settles the rounding residual on the last part", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(fitToTotal([0.1, 0.2], 0.3)).toEqual([0.1, 0.19999999999999998]);
    expect(sum(fitToTotal([0.1, 0.2], 0.3))).toBe(0.3);
    expect(fitToTotal([5], 5)).toEqual([5]);
    expect(fitToTotal([], 0)).toEqual([]);
  });

  it("sums exactly on many splits of a business-case-sized total", () => {
    for (let n = 2; n < 60; n++) {
      const parts = Array.from({ length: n }, (_, i) => 1000 * Math.sin(i * 7.3 + n) + 1500);
      const total = parts.reduceRight((a, b) => a + b, 0);
      expect(sum(fitToTotal(parts, total))).toBe(total);
    }
  });
});
