// A UK list opened by US Excel: "11/05/2022" became 5 November, "24/08/2020" stayed text. The
// column's text proves it day-first, so the converted serials are read back as 11 May — and said.
import { parseTable, serialFromDate, unswapConvertedDate } from "../../../src/domain/records";

describe("unswapConvertedDate", () => {
  it("swaps day and month of a serial whose day could be a month, keeping the time", () => {
    expect(unswapConvertedDate(serialFromDate(2022, 11, 5) + 0.5)).toBe(
      serialFromDate(2022, 5, 11) + 0.5,
    );
    expect(unswapConvertedDate(serialFromDate(2022, 11, 13))).toBeUndefined();
    expect(unswapConvertedDate(serialFromDate(2022, 4, 4))).toBeUndefined();
  });
});

describe("a day-first column Excel half converted", () => {
  const input = (cells: (string | number)[]) => ({
    sheet: "People",
    headerRow: 1,
    headers: ["Name", "Subscription Date"],
    rows: cells.map((c, i) => [`P${i}`, c]),
  });

  it("reads the converted serials back day-first when the text proves the column day-first", () => {
    const table = parseTable("customers", input(["24/08/2020", serialFromDate(2022, 11, 5)]));
    const dates = [...table.records.values()].map((c) => c.created);
    expect(dates).toEqual([serialFromDate(2020, 8, 24), serialFromDate(2022, 5, 11)]);
    expect(table.dateOrders.created).toMatchObject({ readAs: "dmy", unswapped: 1 });
  });

  it("leaves serials alone in a column read the host's way", () => {
    const table = parseTable("customers", input(["08/24/2020", serialFromDate(2022, 11, 5)]));
    expect([...table.records.values()][1].created).toBe(serialFromDate(2022, 11, 5));
    expect(table.dateOrders.created).toMatchObject({ readAs: "mdy", unswapped: 0 });
  });
});
