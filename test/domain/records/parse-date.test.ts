import { parseDate, parseDateText, serialFromDate } from "../../../src/domain/records";

const MARCH_1_2026 = serialFromDate(2026, 3, 1);

describe("parseDateText", () => {
  it.each([
    "2026-03-01",
    "2026/3/1",
    "3/1/2026",
    "03/01/2026",
    "3-1-2026",
    "3/1/26",
    "1.3.2026",
    "1 Mar 2026",
    "1 March 2026",
    "1-Mar-2026",
    "01-Mar-26",
    "March 1, 2026",
    "Mar 1 2026",
    "Mar. 1st, 2026",
    "Sunday, March 1, 2026",
    "  2026-03-01  ",
  ])("reads %j as 2026-03-01", (text) => {
    expect(parseDateText(text)).toBe(MARCH_1_2026);
  });

  it("reads numeric dates day-first when asked", () => {
    expect(parseDateText("1/3/2026", "dmy")).toBe(MARCH_1_2026);
    expect(parseDateText("3/1/2026", "dmy")).toBe(serialFromDate(2026, 1, 3));
    expect(parseDateText("13/1/2026", "dmy")).toBe(serialFromDate(2026, 1, 13));
    expect(parseDateText("2026-03-01", "dmy")).toBe(MARCH_1_2026);
  });

  it("keeps the time of an ISO date-time as the serial's fraction", () => {
    expect(parseDateText("2026-03-01T18:00")).toBe(MARCH_1_2026 + 0.75);
    expect(parseDateText("2026-03-01 06:00:00")).toBe(MARCH_1_2026 + 0.25);
  });

  it("follows Excel's two-digit year window", () => {
    expect(parseDateText("1/1/29")).toBe(serialFromDate(2029, 1, 1));
    expect(parseDateText("1/1/30")).toBe(serialFromDate(1930, 1, 1));
  });

  it.each([
    "13/1/2026",
    "2/30/2026",
    "2026-02-29",
    "2026-13-01",
    "31 Feb 2026",
    "Smarch 1, 2026",
    "2026",
    "46082",
    "1/1/1899",
    "yesterday",
    "2026-03-01T25:00",
  ])("rejects %j", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it("accepts leap days that exist", () => {
    expect(parseDateText("2/29/2024")).toBe(serialFromDate(2024, 2, 29));
  });
});

describe("parseDate", () => {
  it("passes serials through, time fraction included", () => {
    expect(parseDate(46082)).toEqual({ ok: true, value: 46082 });
    expect(parseDate(46082.5)).toEqual({ ok: true, value: 46082.5 });
    expect(parseDate(61)).toEqual({ ok: true, value: 61 });
  });

  it("rejects serials Excel cannot show, logicals and text that is no date", () => {
    expect(parseDate(0)).toEqual({ ok: false, problem: "is not a date Excel can show" });
    expect(parseDate(-5).ok).toBe(false);
    expect(parseDate(3e6).ok).toBe(false);
    expect(parseDate(true)).toEqual({ ok: false, problem: "is not a date" });
    expect(parseDate("soon")).toEqual({ ok: false, problem: "is not a date" });
  });

  it("uses the dateOrder option", () => {
    expect(parseDate("1/3/2026", { dateOrder: "dmy" })).toEqual({ ok: true, value: MARCH_1_2026 });
  });
});
