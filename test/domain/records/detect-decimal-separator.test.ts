// Decimal comma or point by the column: a German export's "1.200,50 €" settles that its lone
// "1.200 €" is one thousand two hundred, never silently 1.2.
import { detectDecimalSeparator, parseTable } from "../../../src/domain/records";

describe("detectDecimalSeparator", () => {
  it("takes the last mark of a grouped number, and a 1–2 digit fraction, as proof", () => {
    expect(detectDecimalSeparator(["1.200,50 €", "12,5", "1.200 €", 300])).toEqual({
      separator: ",",
      commaOnly: 2,
      pointOnly: 0,
      either: 1,
    });
    expect(
      detectDecimalSeparator(["$1,200.50", "1,200", "1.000.000,00"]).separator,
    ).toBeUndefined();
    expect(detectDecimalSeparator(["1,200", "3,400"])).toEqual({
      commaOnly: 0,
      pointOnly: 0,
      either: 2,
    });
  });
});

describe("parseTable with a decimal-comma column", () => {
  it("reads the column's lone 1.200 as 1200 under an en-US default, and says so", () => {
    const table = parseTable("deals", {
      sheet: "Pipeline",
      headerRow: 1,
      headers: ["ID", "Deal", "Stage", "Amount"],
      rows: [
        ["D-1", "Acme", "Lead", "1.200,50 €"],
        ["D-2", "Bolt", "Lead", "1.200 €"],
      ],
    });
    expect([...table.records.values()].map((d) => d.amount)).toEqual([1200.5, 1200]);
    expect(table.decimalSeparators.amount?.readAs).toBe(",");
  });

  it("leaves a column that cannot tell to the workbook's default", () => {
    const table = parseTable(
      "deals",
      {
        sheet: "Pipeline",
        headerRow: 1,
        headers: ["ID", "Deal", "Stage", "Amount"],
        rows: [["D-1", "Acme", "Lead", "1.200"]],
      },
      { decimalSeparator: "," },
    );
    // a decimal-comma workbook groups thousands with a point
    expect(table.records.get("D-1")?.amount).toBe(1200);
    expect(table.decimalSeparators).toEqual({});
  });
});
