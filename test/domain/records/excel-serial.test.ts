import {
  asExcelSerial,
  dateFromSerial,
  isoDateFromSerial,
  isValidSerial,
  serialFromDate,
} from "../../../src/domain/records";

describe("Excel serial dates", () => {
  it("match Excel's serials for well-known dates", () => {
    expect(serialFromDate(2026, 1, 1)).toBe(46023);
    expect(serialFromDate(2026, 3, 1)).toBe(46082);
    expect(serialFromDate(2000, 1, 1)).toBe(36526);
    expect(serialFromDate(9999, 12, 31)).toBe(2958465);
  });

  it("reproduce the 1900 leap-year bug: serial 60 is 1900-02-29, 61 is 1900-03-01", () => {
    expect(serialFromDate(1900, 1, 1)).toBe(1);
    expect(serialFromDate(1900, 2, 28)).toBe(59);
    expect(serialFromDate(1900, 3, 1)).toBe(61);
    expect(dateFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(dateFromSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(dateFromSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(dateFromSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  it("round-trip every day of several years, ignoring the time-of-day fraction", () => {
    for (let serial = 61; serial < 61 + 3 * 366; serial++) {
      const { year, month, day } = dateFromSerial(serial + 0.75);
      expect(serialFromDate(year, month, day)).toBe(serial);
    }
  });

  it("format as ISO dates and know Excel's range", () => {
    expect(isoDateFromSerial(asExcelSerial(46082.5))).toBe("2026-03-01");
    expect(isValidSerial(0)).toBe(false);
    expect(isValidSerial(1)).toBe(true);
    expect(isValidSerial(2958465.99)).toBe(true);
    expect(isValidSerial(2958466)).toBe(false);
    expect(isValidSerial(Number.NaN)).toBe(false);
  });
});
