// CRM.CASHFLOWS: the Costs table's columns in, the pane's risk-adjusted yearly flows out; blank
// table rows skipped; anything unreadable is an error value that names the row.
import { asExcelSerial, type CostItem } from "../../../src/domain/records";
import { costSchedule, crmCashflows, netFlows, riskAdjust } from "../../../src/domain/roi";
import { isErrorValue } from "../../../src/domain/values";

const START = asExcelSerial(46023);
const ITEMS: CostItem[] = [
  { id: "1", item: "Setup", kind: "Cost", frequency: "Once", amount: 30000, start: START },
  { id: "2", item: "Licences", kind: "Cost", frequency: "Monthly", amount: 1200 },
  {
    id: "3",
    item: "Upsell",
    kind: "Benefit",
    frequency: "Quarterly",
    amount: 9000,
    start: asExcelSerial(46200),
    end: asExcelSerial(46800),
  },
];

const column = (pick: (i: CostItem) => unknown) => [...ITEMS.map((i) => [pick(i) ?? ""]), [""]];
const COLUMNS = {
  kinds: column((i) => i.kind),
  amounts: column((i) => i.amount),
  frequencies: column((i) => i.frequency),
  starts: column((i) => i.start),
  ends: column((i) => i.end),
};

describe("crmCashflows", () => {
  it("equals the pane's risk-adjusted schedule for the same items (a blank row skipped)", () => {
    const got = crmCashflows(COLUMNS as never, {
      yearZero: START,
      horizonYears: 3,
      benefitReduction: 0.1,
      costIncrease: 0.05,
    });
    const schedule = costSchedule(ITEMS, { horizonYears: 3, startSerial: START });
    if (isErrorValue(schedule)) throw new Error(schedule.message);
    const want = riskAdjust(schedule, { benefitReductionPct: 0.1, costIncreasePct: 0.05 });
    if (isErrorValue(want)) throw new Error(want.message);
    expect(got).toEqual([want.costs, want.benefits, netFlows(want)]);
    expect((got as number[][])[0][0]).toBeCloseTo(31500, 9);
  });

  it("reads text cells as Excel does: text amounts, any-case words, date text", () => {
    const got = crmCashflows(
      {
        kinds: [["cost"]],
        amounts: [["$1,200"]],
        frequencies: [["annual"]],
        starts: [["2026-01-01"]],
        ends: [[""]],
      },
      { yearZero: START, horizonYears: 2 },
    );
    // recurring amounts fall in years 1.. (year 0 holds the one-off investment)
    expect(got).toEqual([
      [0, 1200, 1200],
      [0, 0, 0],
      [0, -1200, -1200],
    ]);
  });

  it("names the row whose kind or frequency cannot be read", () => {
    const bad = { ...COLUMNS, kinds: [["Cost"], ["Expense"], ["Benefit"], [""]] };
    expect(crmCashflows(bad as never, { yearZero: START, horizonYears: 3 })).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/row 2: kind/),
    });
    const freq = { ...COLUMNS, frequencies: [["Once"], ["Weekly"], ["Annual"], [""]] };
    expect(crmCashflows(freq as never, { yearZero: START, horizonYears: 3 })).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/row 2: frequency/),
    });
  });

  it("rejects columns of different lengths and a horizon outside 1–100", () => {
    const short = { ...COLUMNS, amounts: [[1]] };
    expect(crmCashflows(short as never, { yearZero: START, horizonYears: 3 })).toMatchObject({
      code: "#VALUE!",
    });
    expect(crmCashflows(COLUMNS as never, { yearZero: START, horizonYears: 0 })).toMatchObject({
      code: "#NUM!",
    });
    expect(crmCashflows(COLUMNS as never, { yearZero: "soon", horizonYears: 3 })).toMatchObject({
      code: "#VALUE!",
    });
  });
});
