import {
  type RecordKind,
  type RowContext,
  createSequentialIdGenerator,
  mapHeaders,
  parseRow,
  serialFromDate,
} from "../../../src/domain/records";

function context<K extends RecordKind>(
  kind: K,
  headers: string[],
  extra: Partial<RowContext<K>> = {},
): RowContext<K> {
  const sheet = {
    customers: "Customers",
    deals: "Pipeline",
    costs: "Costs",
    activities: "Activities",
  }[kind];
  return {
    mapping: mapHeaders(headers, kind),
    sheet,
    rowNumber: 7,
    newId: createSequentialIdGenerator(),
    ...extra,
  };
}

const DEAL_HEADERS = ["ID", "Deal", "Customer ID", "Stage", "Amount", "Probability", "Close date"];

describe("parseRow", () => {
  it("reads a pipeline row into a deal", () => {
    const cells = ["D-1", " Big deal ", "C-9", "proposal", "$12,000.00", "40%", "3/1/2026"];
    const row = parseRow("deals", cells, context("deals", DEAL_HEADERS));
    expect(row.issues).toEqual([]);
    expect(row.record).toEqual({
      id: "D-1",
      title: "Big deal",
      customerId: "C-9",
      stage: "Proposal",
      amount: 12000,
      probability: 0.4,
      expectedClose: serialFromDate(2026, 3, 1),
    });
    expect(row.assignedId).toBeUndefined();
  });

  it("leaves blank optional fields out of the record", () => {
    const row = parseRow(
      "deals",
      ["D-1", "Deal", "", "Lead", 5, null, undefined],
      context("deals", DEAL_HEADERS),
    );
    expect(row.record).toEqual({ id: "D-1", title: "Deal", stage: "Lead", amount: 5 });
    expect(Object.keys(row.record ?? {})).not.toContain("probability");
  });

  it("reports each unreadable cell with its sheet header and A1 address, and yields no record", () => {
    const headers = ["ID", "Deal", "Customer ID", "Stage", "Deal value", "Probability"];
    const row = parseRow(
      "deals",
      ["D-1", "X", "", "Prospect", "abc", "150%"],
      context("deals", headers),
    );
    expect(row.record).toBeUndefined();
    expect(row.issues).toEqual([
      {
        sheet: "Pipeline",
        row: 7,
        column: "Stage",
        address: "Pipeline!D7",
        message:
          'Stage "Prospect" is not one of the stages (Lead, Qualified, Proposal, Negotiation, Won, Lost)',
        severity: "error",
      },
      {
        sheet: "Pipeline",
        row: 7,
        column: "Deal value",
        address: "Pipeline!E7",
        message: 'Deal value "abc" is not a number',
        severity: "error",
      },
      {
        sheet: "Pipeline",
        row: 7,
        column: "Probability",
        address: "Pipeline!F7",
        message: 'Probability "150%" is outside 0–100%',
        severity: "error",
      },
    ]);
  });

  it("skips blank rows without issues", () => {
    const row = parseRow("deals", ["", null, "  ", undefined], context("deals", DEAL_HEADERS));
    expect(row).toEqual({ issues: [], blank: true, formulaFields: [] });
  });

  it("reports missing required values once per group, at the first mapped column", () => {
    const headers = ["ID", "Phone", "Name", "Company", "Email"];
    const row = parseRow("customers", ["C-1", "555", "", "", ""], context("customers", headers));
    expect(row.record).toBeUndefined();
    expect(row.issues).toEqual([
      expect.objectContaining({
        column: "Name",
        address: "Customers!C7",
        message: "This customer has no Name, Company or Email",
        severity: "error",
      }),
    ]);
  });

  it("does not also call a required value missing when its cell was unreadable", () => {
    const row = parseRow("customers", ["nobody@"], context("customers", ["Email"]));
    expect(row.issues.map((i) => i.message)).toEqual(['Email "nobody@" is not an e-mail address']);
  });

  it("mints an ID for a row without one and says so, so the sync can write it back", () => {
    const row = parseRow("customers", ["", "Ada"], context("customers", ["ID", "Name"]));
    expect(row.record).toEqual({ id: "CUS-0001", name: "Ada" });
    expect(row.assignedId).toBe("CUS-0001");
  });

  it("uses given column letters or the table's first column for addresses", () => {
    const letters = parseRow(
      "deals",
      ["D-1", "X", "", "Lead", "abc"],
      context("deals", DEAL_HEADERS, { columnLetters: ["C", "D", "E", "F", "G"] }),
    );
    expect(letters.issues[0].address).toBe("Pipeline!G7");
    const offset = parseRow(
      "deals",
      ["D-1", "X", "", "Lead", "abc"],
      context("deals", DEAL_HEADERS, { firstColumn: 26, sheet: "My deals" }),
    );
    expect(offset.issues[0].address).toBe("'My deals'!AE7");
  });

  it("keeps rows with warnings and reports the warnings", () => {
    const headers = ["Item", "Kind", "Category", "Frequency", "Amount", "Start", "End"];
    const start = serialFromDate(2026, 1, 1);
    const cells = ["CRM licence", "cost", "software", "monthly", "-50", start, start - 1];
    const row = parseRow("costs", cells, context("costs", headers));
    expect(row.record).toMatchObject({
      kind: "Cost",
      category: "Software",
      frequency: "Monthly",
      amount: -50,
    });
    expect(row.issues.map((i) => [i.column, i.severity])).toEqual([
      ["Amount", "warning"],
      ["End", "warning"],
    ]);
  });

  it("warns about a category of the wrong kind but keeps it as typed", () => {
    const headers = ["Item", "Kind", "Category", "Frequency", "Amount"];
    const row = parseRow(
      "costs",
      ["Upsell", "Benefit", "Hardware", "Once", 10],
      context("costs", headers),
    );
    expect(row.record?.category).toBe("Hardware");
    expect(row.issues[0].message).toBe(
      'Category "Hardware" is not a benefit category (Revenue growth, Cost savings, Productivity, Other)',
    );
  });

  it("warns about an activity linked to nobody", () => {
    const headers = ["Date", "Type", "Summary", "Customer ID", "Deal ID"];
    const row = parseRow(
      "activities",
      [46082.5, "Call", "Intro", "", ""],
      context("activities", headers),
    );
    expect(row.record).toMatchObject({ date: 46082.5, type: "Call", summary: "Intro" });
    expect(row.issues).toEqual([
      expect.objectContaining({
        column: "Customer ID",
        message: "This activity has no Customer ID or Deal ID",
        severity: "warning",
      }),
    ]);
  });

  it("parses computed values and marks fields whose cell holds a formula", () => {
    const headers = ["ID", "Deal", "Stage", "Amount"];
    const row = parseRow(
      "deals",
      ["D-1", "Pilot", "Won", 300],
      context("deals", headers, { formulas: ["D-1", "Pilot", '=IF(D2>0,"Won","Lost")', "=B2*3"] }),
    );
    expect(row.record).toMatchObject({ stage: "Won", amount: 300 });
    expect(row.formulaFields).toEqual(["stage", "amount"]);
  });

  it("does not take text typed as '=… for a formula, whether formulas keep the apostrophe or not", () => {
    const headers = ["ID", "Deal", "Stage", "Amount"];
    const cells = ["D-1", "=literal text", "Won", 300];
    for (const typed of ["=literal text", "'=literal text"]) {
      const row = parseRow(
        "deals",
        cells,
        context("deals", headers, { formulas: ["D-1", typed, "Won", 300] }),
      );
      expect(row.record).toMatchObject({ title: "=literal text" });
      expect(row.formulaFields).toEqual([]);
    }
  });

  it("reads dates and amounts with locale options", () => {
    const headers = ["Item", "Kind", "Frequency", "Amount", "Start"];
    const cells = ["Training", "Cost", "Once", "1.200", "1/3/2026"];
    const row = parseRow(
      "costs",
      cells,
      context("costs", headers, { dateOrder: "dmy", decimalSeparator: "," }),
    );
    expect(row.record).toMatchObject({ amount: 1200, start: serialFromDate(2026, 3, 1) });
  });
});
