// Turns a finding about a field of a row into a RowIssue with the sheet's own header and the
// A1 address of the cell (or of the row's first cell when the field has no column).

import { cellAddress } from "./a1-address";
import type { IssueSeverity, RowIssue } from "./row-issue";
import { type RowContext, letterOf } from "./row-context";
import type { RecordKind } from "./record-kind";
import { schemaFor } from "./table-schemas";

/** The header a field has in this sheet, else its canonical header. */
export function headerOfField<K extends RecordKind>(context: RowContext<K>, field: string): string {
  const index = columnIndex(context, field);
  if (index !== undefined) return context.mapping.headers[index] ?? "";
  const spec = schemaFor(context.mapping.kind).columns.find((c) => c.field === field);
  return spec?.header ?? field;
}

export function issueAtField<K extends RecordKind>(
  context: RowContext<K>,
  field: string | undefined,
  message: string,
  severity: IssueSeverity,
): RowIssue {
  const index = field === undefined ? undefined : columnIndex(context, field);
  const column = index === undefined ? "" : (context.mapping.headers[index] ?? "");
  const letter = letterOf(context, index ?? 0);
  const { sheet, rowNumber: row } = context;
  return { sheet, row, column, address: cellAddress(sheet, letter, row), message, severity };
}

function columnIndex<K extends RecordKind>(
  context: RowContext<K>,
  field: string,
): number | undefined {
  return (context.mapping.columns as Readonly<Record<string, number | undefined>>)[field];
}
