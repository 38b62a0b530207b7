// The plain-data shape of one generated sheet: what loadIntoModel writes, and what tests inspect.

export type SampleValue = string | number | boolean;

export interface SampleSheet {
  name: string;
  /** Excel table over headers + rows; null for a sheet of loose cells. */
  tableName: string | null;
  headers: string[];
  /** Cell values; "" is blank, strings starting with "=" are formulas. */
  rows: SampleValue[][];
  /** Number format by header, e.g. { Created: "yyyy-mm-dd" }. */
  formats: Record<string, string>;
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const MONEY_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0%";

/** Zero-padded record id, e.g. ("C-", 42, 6) → "C-000042". */
export function recordId(prefix: string, n: number, width: number): string {
  return prefix + String(n).padStart(width, "0");
}
