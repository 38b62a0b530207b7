// Dates read by the column: a day-first list is read day-first throughout, never half rejected
// and half swapped; a column that cannot tell follows the workbook's default and says so.
import { detectDateOrder, parseTable, serialFromDate } from "../../../src/domain/records";

const contactList = (dates: string[]) => ({
  sheet: "Contacts",
  headers: ["First Name", "Email", "Subscription Date"],
  rows: dates.map((d, i) => [`Person ${i}`, `p${i}@example.com`, d]),
  headerRow: 1,
});

describe("detectDateOrder", () => {
  it("settles the column by the cells that can only be read one way", () => {
    expect(detectDateOrder(["24/08/2020", "03/04/2021", "2021-01-01", 45000, ""])).toEqual({
      order: "dmy",
      dayFirstOnly: 1,
      monthFirstOnly: 0,
      either: 1,
    });
    expect(detectDateOrder(["08/24/2020", "03/04/2021"]).order).toBe("mdy");
    expect(detectDateOrder(["03/04/2021", "1/2/2020"])).toEqual({
      dayFirstOnly: 0,
      monthFirstOnly: 0,
      either: 2,
    });
  });
});

describe("parseTable reads date columns by the column", () => {
  it("reads a day-first column day-first, ambiguous cells included", () => {
    const parsed = parseTable("customers", contactList(["24/08/2020", "03/04/2021", "12/11/2019"]));
    const created = [...parsed.records.values()].map((c) => c.created);
    expect(created).toEqual([
      serialFromDate(2020, 8, 24),
      serialFromDate(2021, 4, 3),
      serialFromDate(2019, 11, 12),
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.dateOrders.created).toMatchObject({ readAs: "dmy", from: "column" });
  });

  it("follows the workbook's default where the column cannot tell, and the user's choice first", () => {
    const ambiguous = contactList(["03/04/2021"]);
    const byDefault = parseTable("customers", ambiguous, { dateOrder: "dmy" });
    expect([...byDefault.records.values()][0].created).toBe(serialFromDate(2021, 4, 3));
    expect(byDefault.dateOrders.created).toMatchObject({ readAs: "dmy", from: "default" });
    const chosen = parseTable("customers", contactList(["24/08/2020", "03/04/2021"]), {
      dateOrders: { created: "mdy" },
    });
    expect(chosen.dateOrders.created).toMatchObject({ readAs: "mdy", from: "user" });
    expect(chosen.issues.map((i) => i.address)).toEqual(["Contacts!C2"]);
  });
});

describe("dotted dates", () => {
  it("count as day-first evidence, so a German export's column is read day-first by its cells", () => {
    const decision = detectDateOrder(["01.03.2026", "05.04.2026", "3/4/2026"]);
    expect(decision).toEqual({ order: "dmy", dayFirstOnly: 2, monthFirstOnly: 0, either: 1 });
  });
});
