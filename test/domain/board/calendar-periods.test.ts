import { periodsBetween } from "../../../src/domain/board";

describe("periodsBetween", () => {
  it("lists whole months containing a day of [from, to], across a year end", () => {
    // 46357 = 2026-12-01, 46388 = 2027-01-01, 46419 = 2027-02-01
    expect(periodsBetween("month", 46370.5, 46400)).toEqual([
      { label: "2026-12", start: 46357, end: 46387 },
      { label: "2027-01", start: 46388, end: 46418 },
    ]);
  });

  it("lists quarters, including a leap February", () => {
    // 45292 = 2024-01-01, 45382 = 2024-03-31, 45383 = 2024-04-01, 45473 = 2024-06-30
    expect(periodsBetween("quarter", 45351, 45383)).toEqual([
      { label: "2024 Q1", start: 45292, end: 45382 },
      { label: "2024 Q2", start: 45383, end: 45473 },
    ]);
    expect(periodsBetween("month", 45351, 45351)).toEqual([
      { label: "2024-02", start: 45323, end: 45351 },
    ]);
  });

  it("labels the fourth quarter and is empty when from is after to", () => {
    expect(periodsBetween("quarter", 46327, 46327)).toEqual([
      { label: "2026 Q4", start: 46296, end: 46387 },
    ]);
    expect(periodsBetween("month", 46060, 46059)).toEqual([]);
  });
});
