// Issues by kind, most frequent first, each with its first cell: what to fix, at a glance.
import { describeIssueKind, summarizeIssues, type RowIssue } from "../../../src/domain/records";

const issue = (column: string, address: string, message: string): RowIssue => ({
  sheet: "Pipeline",
  row: Number(address.replace(/\D/g, "")),
  column,
  address,
  message,
  severity: "error",
});

it("groups issues by column and problem, whatever the quoted cell", () => {
  const kinds = summarizeIssues([
    issue("Expected Close", "Pipeline!H4", 'Expected Close "next week" is not a date'),
    issue("Amount", "Pipeline!F5", 'Amount "lots" is not a number'),
    issue("Amount", "Pipeline!F9", 'Amount "TBD" is not a number'),
    issue("Deal", "Pipeline!B7", "This deal has no Deal"),
  ]);
  expect(kinds.map(describeIssueKind)).toEqual([
    "Amount: 2 cells are not a number (first Pipeline!F5)",
    "Expected Close: 1 cell is not a date (Pipeline!H4)",
    "Deal: 1 × This deal has no Deal (Pipeline!B7)",
  ]);
});
