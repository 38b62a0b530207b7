import { addMonths, yearOf, yearStarts } from "../../../src/domain/roi";

// 46023 = 2026-01-01, 46053 = 2026-01-31, 46081 = 2026-02-28, 46388 = 2027-01-01,
// 46753 = 2028-01-01, 46783 = 2028-01-31, 46812 = 2028-02-29, 47119 = 2029-01-01.
describe("addMonths", () => {
  it("steps calendar months, clamping the day to the month's length", () => {
    expect(addMonths(46053, 1)).toBe(46081);
    expect(addMonths(46053, 2)).toBe(46112);
    expect(addMonths(46783, 1)).toBe(46812);
    expect(addMonths(46023, 12)).toBe(46388);
    expect(addMonths(46023.9, 0)).toBe(46023);
  });
});

describe("yearStarts and yearOf", () => {
  const starts = yearStarts({ horizonYears: 3, startSerial: 46023 });

  it("lists the first day of years 1..horizon+1", () => {
    expect(starts).toEqual([46023, 46388, 46753, 47119]);
  });

  it("finds the year of a day, or undefined past the horizon", () => {
    expect([46023, 46387, 46388, 47118, 47119].map((d) => yearOf(d, starts))).toEqual([
      1,
      1,
      2,
      3,
      undefined,
    ]);
  });
});
