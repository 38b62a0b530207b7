// A problem found in a sheet row, located so the user can jump to it. Errors keep the row out
// of the sync (it stays in the sheet, reported); warnings are synced and reported.

export type IssueSeverity = "error" | "warning";

export interface RowIssue {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** The header of the column as it appears in the sheet ("" when no column applies). */
  readonly column: string;
  /** A1 address with the sheet, e.g. "Pipeline!F7". */
  readonly address: string;
  /** One plain sentence, e.g. `Amount "abc" is not a number.` */
  readonly message: string;
  readonly severity: IssueSeverity;
}

export function hasErrors(issues: readonly RowIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

/** How a raw cell value is quoted in messages. */
export function showCell(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
