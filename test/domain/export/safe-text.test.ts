// Export text stays inert when the sheet is saved as CSV and opened in a spreadsheet again.
import { dateCell, safeText, textCell } from "../../../src/domain/export";
import { serialFromDate } from "../../../src/domain/records";

describe("safeText", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd", "'-2+3+cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["- call back Tuesday", "'- call back Tuesday"],
  ])("neutralises %j", (value, safe) => {
    expect(safeText(value)).toBe(safe);
  });

  it.each(["+1 (555) 010-0100", "-5", "+44 20 7946 0958", "Ada Quill", "a=b", "", "'quoted"])(
    "keeps %j as it is",
    (value) => expect(safeText(value)).toBe(value),
  );

  it("trims and guards fields, blank when absent", () => {
    expect(textCell("  =1+1 ")).toBe("'=1+1");
    expect(textCell(undefined)).toBe("");
  });
});

describe("dateCell", () => {
  it("writes ISO dates from serials, whatever the machine's zone", () => {
    expect(dateCell(serialFromDate(2026, 3, 1))).toBe("2026-03-01");
    expect(dateCell(serialFromDate(2024, 12, 31) + 0.75)).toBe("2024-12-31");
  });

  it("leaves a missing or impossible date blank", () => {
    expect(dateCell(undefined)).toBe("");
    expect(dateCell(Number.NaN)).toBe("");
    expect(dateCell(-3)).toBe("");
  });
});
