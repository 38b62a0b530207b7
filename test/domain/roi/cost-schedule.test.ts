import {
  type CostScheduleItem,
  costSchedule,
  itemYearAmounts,
  netFlows,
} from "../../../src/domain/roi";
import { asExcelSerial } from "../../../src/domain/records";
import { isErrorValue } from "../../../src/domain/values";

// Model start 46023 = 2026-01-01; years: 1 = 2026, 2 = 2027 (from 46388), 3 = 2028 (from 46753).
const OPTIONS = { horizonYears: 3, startSerial: 46023 };
const s = asExcelSerial;
const years = (item: Partial<CostScheduleItem>) =>
  itemYearAmounts({ frequency: "Once", amount: 100, ...item }, OPTIONS);

describe("itemYearAmounts", () => {
  it("puts a one-off item in year 0 when it starts at or before the model start, or has no start", () => {
    expect(years({})).toEqual([100, 0, 0, 0]);
    expect(years({ start: s(46000) })).toEqual([100, 0, 0, 0]);
    expect(years({ start: s(46023.5) })).toEqual([100, 0, 0, 0]);
  });

  it("puts a later one-off item in the year holding its start, nothing past the horizon", () => {
    expect(years({ start: s(46024) })).toEqual([0, 100, 0, 0]);
    expect(years({ start: s(46388) })).toEqual([0, 0, 100, 0]);
    expect(years({ start: s(47118), end: s(40000) })).toEqual([0, 0, 0, 100]);
    expect(years({ start: s(47119) })).toEqual([0, 0, 0, 0]);
  });

  it("counts recurring items from year 1 when they start at or before the model start", () => {
    expect(years({ frequency: "Monthly" })).toEqual([0, 1200, 1200, 1200]);
    expect(years({ frequency: "Quarterly", start: s(45000) })).toEqual([0, 400, 400, 400]);
    expect(years({ frequency: "Annual", start: s(46023) })).toEqual([0, 100, 100, 100]);
  });

  it("counts only the charges on or after Start and on or before End", () => {
    // 46143 = 2026-05-01: May–Dec is 8 months.
    expect(years({ frequency: "Monthly", start: s(46143) })).toEqual([0, 800, 1200, 1200]);
    // 46568 = 2027-06-30, 46539 = 2027-06-01 (the last charge, End is inclusive).
    expect(years({ frequency: "Monthly", end: s(46568) })).toEqual([0, 1200, 600, 0]);
    expect(years({ frequency: "Monthly", end: s(46539) })).toEqual([0, 1200, 600, 0]);
    expect(years({ frequency: "Monthly", end: s(46538) })).toEqual([0, 1200, 500, 0]);
    // 46204 = 2026-07-01: charges in July and October of the first year.
    expect(years({ frequency: "Quarterly", start: s(46204) })).toEqual([0, 200, 400, 400]);
    // 46387 = 2026-12-31: the yearly charge falls on Dec 31 of every year.
    expect(years({ frequency: "Annual", start: s(46387) })).toEqual([0, 100, 100, 100]);
    // Ended before the model began.
    expect(years({ frequency: "Annual", start: s(45000), end: s(46000) })).toEqual([0, 0, 0, 0]);
  });

  it("keeps month-end charges in their months (Jan 31 → Feb 28, Feb 29 in a leap year)", () => {
    // 46053 = 2026-01-31: 12 charges in 2026, none skipped or doubled.
    expect(years({ frequency: "Monthly", start: s(46053) })).toEqual([0, 1200, 1200, 1200]);
  });
});

const ITEMS: CostScheduleItem[] = [
  {
    id: "K1",
    kind: "Cost",
    category: "Software",
    frequency: "Monthly",
    amount: 1000,
    initiative: "Sales",
  },
  {
    id: "K2",
    kind: "Cost",
    category: "Implementation",
    frequency: "Once",
    amount: 30000,
    initiative: "Sales",
  },
  { id: "K3", kind: "Cost", category: "Training", frequency: "Annual", amount: 2000 },
  {
    id: "K4",
    kind: "Benefit",
    category: "Revenue growth",
    frequency: "Quarterly",
    amount: 6000,
    initiative: "Sales",
  },
  {
    id: "K5",
    kind: "Benefit",
    category: "Cost savings",
    frequency: "Monthly",
    amount: 500,
    initiative: "Service",
    start: s(46204),
  },
  {
    id: "K6",
    kind: "Cost",
    category: "Software",
    frequency: "Once",
    amount: 4000,
    initiative: "Service",
    start: s(46388),
  },
  { id: "K7", kind: "Cost", frequency: "Once", amount: 900, start: s(50000) },
  {
    id: "K8",
    kind: "Benefit",
    category: "Goodwill",
    frequency: "Annual",
    amount: 100,
    initiative: " ",
  },
];

describe("costSchedule", () => {
  const schedule = costSchedule(ITEMS, OPTIONS);
  if (isErrorValue(schedule)) throw new Error("unexpected error");

  it("totals costs and benefits per year 0..horizon", () => {
    expect(schedule.costs).toEqual([30000, 14000, 18000, 14000]);
    expect(schedule.benefits).toEqual([0, 24000 + 3000 + 100, 30100, 30100]);
    expect(netFlows(schedule)).toEqual([-30000, 13100, 12100, 16100]);
    expect([schedule.horizonYears, schedule.startSerial]).toEqual([3, 46023]);
  });

  it("splits per category: costs in sheet order, then benefits, unknown and blank last", () => {
    expect(schedule.byCategory.map((l) => [l.kind, l.category, l.amounts])).toEqual([
      ["Cost", "Software", [0, 12000, 16000, 12000]],
      ["Cost", "Implementation", [30000, 0, 0, 0]],
      ["Cost", "Training", [0, 2000, 2000, 2000]],
      ["Cost", "Other", [0, 0, 0, 0]],
      ["Benefit", "Revenue growth", [0, 24000, 24000, 24000]],
      ["Benefit", "Cost savings", [0, 3000, 6000, 6000]],
      ["Benefit", "Goodwill", [0, 100, 100, 100]],
    ]);
  });

  it("splits per initiative, items without one (or blank) under Shared, last", () => {
    expect(schedule.byInitiative).toEqual([
      {
        initiative: "Sales",
        costs: [30000, 12000, 12000, 12000],
        benefits: [0, 24000, 24000, 24000],
      },
      { initiative: "Service", costs: [0, 0, 4000, 0], benefits: [0, 3000, 6000, 6000] },
      { initiative: "Shared", costs: [0, 2000, 2000, 2000], benefits: [0, 100, 100, 100] },
    ]);
  });

  it("names items that fall wholly outside the horizon", () => {
    expect(schedule.outsideHorizon).toEqual(["K7"]);
  });

  it("rejects a horizon that is not a whole number of years from 1 to 100", () => {
    for (const horizonYears of [0, 2.5, 101, NaN]) {
      const result = costSchedule(ITEMS, { horizonYears, startSerial: 46023 });
      expect(isErrorValue(result) && result.code).toBe("#NUM!");
    }
  });
});
