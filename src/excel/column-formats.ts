// Number formats CellCRM gives the columns of the tables it creates, by field type: dates as
// ISO dates, money with thousands separators, probabilities as percentages.

import type { FieldType } from "../domain/records";

const FORMATS: Partial<Record<FieldType, string>> = {
  date: "yyyy-mm-dd",
  money: "#,##0.00",
  percent: "0%",
  count: "0",
};

export function numberFormatOf(type: FieldType): string | undefined {
  return FORMATS[type];
}
