import { type CostScheduleItem, costSchedule, riskAdjust } from "../../../src/domain/roi";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const ITEMS: CostScheduleItem[] = [
  {
    id: "A",
    kind: "Cost",
    category: "Software",
    frequency: "Annual",
    amount: 1000,
    initiative: "X",
  },
  { id: "B", kind: "Cost", category: "Hardware", frequency: "Once", amount: 4000 },
  {
    id: "C",
    kind: "Benefit",
    category: "Productivity",
    frequency: "Annual",
    amount: 2000,
    initiative: "X",
  },
];
const schedule = costSchedule(ITEMS, { horizonYears: 2, startSerial: 46023 });
if (isErrorValue(schedule)) throw new Error("unexpected error");

describe("riskAdjust", () => {
  it("reduces benefits and raises costs in the totals and in every split", () => {
    const adjusted = riskAdjust(schedule, { benefitReductionPct: 0.25, costIncreasePct: 0.5 });
    if (isErrorValue(adjusted)) throw new Error("unexpected error");
    expect(adjusted.costs).toEqual([6000, 1500, 1500]);
    expect(adjusted.benefits).toEqual([0, 1500, 1500]);
    expect(adjusted.byCategory.map((l) => l.amounts)).toEqual([
      [0, 1500, 1500],
      [6000, 0, 0],
      [0, 1500, 1500],
    ]);
    expect(adjusted.byInitiative).toEqual([
      { initiative: "X", costs: [0, 1500, 1500], benefits: [0, 1500, 1500] },
      { initiative: "Shared", costs: [6000, 0, 0], benefits: [0, 0, 0] },
    ]);
    expect(schedule.costs).toEqual([4000, 1000, 1000]);
  });

  it("leaves the schedule as it is with no risk", () => {
    expect(riskAdjust(schedule, { benefitReductionPct: 0, costIncreasePct: 0 })).toEqual(schedule);
  });

  it("rejects a reduction outside 0–1 and a negative increase", () => {
    const code = (r: unknown) => (isErrorValue(r) ? (r as ErrorValue).code : r);
    expect(code(riskAdjust(schedule, { benefitReductionPct: 1.1, costIncreasePct: 0 }))).toBe(
      "#NUM!",
    );
    expect(code(riskAdjust(schedule, { benefitReductionPct: -0.1, costIncreasePct: 0 }))).toBe(
      "#NUM!",
    );
    expect(code(riskAdjust(schedule, { benefitReductionPct: 0, costIncreasePct: -0.1 }))).toBe(
      "#NUM!",
    );
    expect(code(riskAdjust(schedule, { benefitReductionPct: NaN, costIncreasePct: 0 }))).toBe(
      "#NUM!",
    );
  });
});
