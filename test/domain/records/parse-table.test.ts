import { createSequentialIdGenerator, parseTable } from "../../../src/domain/records";

describe("parseTable", () => {
  const newId = createSequentialIdGenerator();

  it("parses rows, numbers them from the header row and collects minted IDs", () => {
    const table = parseTable(
      "customers",
      {
        sheet: "Customers",
        headerRow: 1,
        headers: ["ID", "Name", "Email"],
        rows: [
          ["C-1", "Ada", "ada@example.com"],
          ["", "", ""],
          ["", "Bob", "bob@"],
          ["", "Cy", ""],
        ],
      },
      { newId },
    );
    // Bob's unreadable e-mail is an issue; his name still identifies him, so he is kept
    expect([...table.records.keys()]).toEqual(["C-1", "CUS-0001", "CUS-0002"]);
    expect(table.records.get("CUS-0001")).toEqual({ id: "CUS-0001", name: "Bob" });
    expect(table.rowOf.get("CUS-0002")).toBe(5);
    expect(table.assignedIds).toEqual([
      { row: 4, id: "CUS-0001" },
      { row: 5, id: "CUS-0002" },
    ]);
    expect(table.issues.map((i) => i.address)).toEqual(["Customers!C4"]);
  });

  it("reports a reused ID as an issue instead of overwriting the first row", () => {
    const table = parseTable("deals", {
      sheet: "Pipeline",
      headerRow: 3,
      firstColumn: 1,
      headers: ["ID", "Deal", "Stage", "Amount"],
      rows: [
        ["D-1", "First", "Lead", 1],
        ["D-1", "Second", "Lead", 2],
      ],
    });
    expect(table.records.get("D-1")?.title).toBe("First");
    expect(table.issues).toEqual([
      {
        sheet: "Pipeline",
        row: 5,
        column: "ID",
        address: "Pipeline!B5",
        message: 'ID "D-1" is already used on row 4',
        severity: "error",
      },
    ]);
  });

  it("stops at the header when a required column is missing", () => {
    const table = parseTable("deals", {
      sheet: "Pipeline",
      headerRow: 1,
      headers: ["ID", "Deal", "Amount"],
      rows: [["D-1", "X", 1]],
    });
    expect(table.records.size).toBe(0);
    expect(table.issues).toEqual([
      expect.objectContaining({
        row: 1,
        address: "Pipeline!A1",
        message: "The CRM_Pipeline table has no Stage column, so its rows cannot be read",
        severity: "error",
      }),
    ]);
  });

  it("passes formulas row by row", () => {
    const table = parseTable("deals", {
      sheet: "Pipeline",
      headerRow: 1,
      headers: ["ID", "Deal", "Stage", "Amount"],
      rows: [["D-1", "X", "Won", 6]],
      formulas: [["D-1", "X", "Won", "=2*3"]],
    });
    expect(table.records.get("D-1")?.amount).toBe(6);
  });
});
