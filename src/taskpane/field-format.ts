// Record fields as people read them: the sheet's column header for a field, and a stored value
// formatted by that column's type (dates, money, percentages), "(blank)" for an empty cell.
import { type RecordKind, customFieldKey, schemaFor } from "../domain/records";
import { formatNumber, formatPercent, formatSerialDate } from "./format";
import { type MoneyStyle, formatItemMoney } from "./money/format-money";

function columnOf(kind: RecordKind, field: string) {
  return schemaFor(kind).columns.find((c) => c.field === field);
}

export function fieldLabel(kind: RecordKind, field: string): string {
  return columnOf(kind, field)?.header ?? customFieldKey(field) ?? field;
}

/** `money`: the workbook's currency (useMoneyStyle), for money fields; plain numbers without it. */
export function formatFieldValue(
  kind: RecordKind,
  field: string,
  value: unknown,
  money?: MoneyStyle,
): string {
  if (value === undefined || value === null || value === "") return "(blank)";
  if (typeof value !== "number") return String(value);
  const type = columnOf(kind, field)?.type;
  if (type === "date") return formatSerialDate(value);
  if (type === "percent") return formatPercent(value);
  if (type === "money" && money !== undefined) return formatItemMoney(value, money);
  return formatNumber(value);
}
