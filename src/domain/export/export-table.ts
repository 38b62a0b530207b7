// What an export is: per target CRM, one table (header + rows) per object it imports, each bound
// for its own sheet, and the counts of rows the target will refuse until someone fills a field.
import { isoDateFromSerial, isValidSerial } from "../records";
import { safeText } from "./safe-text";

export type ExportTarget = "hubspot" | "salesforce";
export type ExportObject = "contacts" | "companies" | "deals";
/** Text (already CSV-safe) or a number; "" is a blank cell. */
export type ExportCell = string | number;

export interface ExportTable {
  readonly object: ExportObject;
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ExportCell[])[];
}

/** Rows the target's import refuses as they are: a required field CellCRM has no value for. */
export interface ExportGaps {
  readonly contactsWithoutLastName: number;
  readonly dealsWithoutCloseDate: number;
}

export interface CrmExport {
  readonly target: ExportTarget;
  readonly tables: readonly ExportTable[];
  readonly gaps: ExportGaps;
}

/** A text field as the export writes it: blank when absent, never a formula once saved as CSV. */
export function textCell(value: string | undefined): string {
  return value === undefined ? "" : safeText(value.trim());
}

/** A date as ISO text (YYYY-MM-DD), which both targets' importers read without a locale. */
export function dateCell(serial: number | undefined): string {
  return serial !== undefined && isValidSerial(serial) ? isoDateFromSerial(serial) : "";
}

export function amountCell(amount: number | undefined): ExportCell {
  return amount !== undefined && Number.isFinite(amount) ? amount : "";
}
