// How one kind of record is laid out as an Excel table: table and sheet names, canonical
// columns in order (the headers CellCRM writes), header synonyms and required fields.

import type { FieldOf } from "./records";
import type { RecordKind } from "./record-kind";

/** Which parser reads a column's cells (see parse-cell.ts). */
export type FieldType =
  | "id"
  | "text"
  | "email"
  | "money"
  | "percent"
  | "count"
  | "date"
  | "stage"
  | "costKind"
  | "frequency"
  | "activityType"
  | "category";

export interface ColumnSpec<F extends string = string> {
  readonly field: F;
  /** Canonical header, as CellCRM writes it. */
  readonly header: string;
  /** Other headers people use for this column; matched case- and punctuation-insensitively. */
  readonly synonyms: readonly string[];
  readonly type: FieldType;
}

export interface TableSchema<K extends RecordKind = RecordKind> {
  readonly kind: K;
  /** Excel table (ListObject) name, e.g. CRM_Customers. */
  readonly tableName: string;
  readonly sheetName: string;
  /** One record, in plain words, for messages: "customer", "deal". */
  readonly noun: string;
  readonly columns: readonly ColumnSpec<FieldOf<K>>[];
  /**
   * Each group needs at least one of its fields: as a mapped column in the header, and as a
   * non-blank cell in every row. [["name", "company", "email"]] = name or company or email.
   */
  readonly required: readonly (readonly FieldOf<K>[])[];
  /** The field a sheet's First + Last name columns feed when it has no column of its own. */
  readonly personName?: FieldOf<K>;
}
