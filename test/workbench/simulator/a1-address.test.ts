import {
  columnIndex,
  columnName,
  formatRect,
  parseAddress,
  sheetPrefix,
} from "../../../src/workbench/simulator/a1-address";
import { dateSerial } from "../../../src/workbench/simulator/cell-input";

describe("A1 addresses", () => {
  it("converts column letters both ways", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "z", "AA", "XFD", "XFE", "1"].map(columnIndex)).toEqual([
      0, 25, 26, 16383, -1, -1,
    ]);
  });

  it("parses cells, ranges, whole columns/rows and quoted sheet names", () => {
    expect(parseAddress("$B$3")).toEqual({ rect: { row: 2, col: 1, rows: 1, cols: 1 } });
    expect(parseAddress("C9:A1")?.rect).toEqual({ row: 0, col: 0, rows: 9, cols: 3 });
    expect(parseAddress("'It''s'!A:B")).toEqual({
      sheet: "It's",
      rect: { row: 0, col: 0, rows: 1048576, cols: 2 },
    });
    expect(parseAddress("Data!2:3")?.rect).toEqual({ row: 1, col: 0, rows: 2, cols: 16384 });
    expect(["", "A", "1", "A0", "A1:", "!A1", "A1:B2:C3"].map(parseAddress)).toEqual(
      Array(7).fill(null),
    );
  });

  it("formats rectangles and sheet prefixes as Excel prints them", () => {
    expect(formatRect({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
    expect(formatRect({ row: 0, col: 1, rows: 1048576, cols: 1 })).toBe("B:B");
    expect(formatRect({ row: 0, col: 0, rows: 1048576, cols: 16384 })).toBe("1:1048576");
    expect(["Sheet1", "My Sheet", "A1", "O'Brien"].map(sheetPrefix)).toEqual([
      "Sheet1",
      "'My Sheet'",
      "'A1'",
      "'O''Brien'",
    ]);
  });

  it("computes Excel date serials independently of the time zone", () => {
    expect(dateSerial(1900, 3, 1)).toBe(61);
    expect(dateSerial(2024, 1, 5)).toBe(45296);
    expect(dateSerial(2024, 2, 30)).toBeNull();
  });
});
