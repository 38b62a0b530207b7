// Where a row sits in the workbook and how to read it: the header mapping, the sheet row, the
// column letters (for A1 addresses), its formulas, and the ID generator for rows without an ID.

import type { CellValue } from "../values";
import { columnLetter } from "./a1-address";
import type { HeaderMapping } from "./map-headers";
import type { IdGenerator } from "./new-id";
import type { RowIdMinter } from "./row-content-id";
import type { ParseOptions } from "./parse-options";
import type { RecordKind } from "./record-kind";

export interface RowContext<K extends RecordKind = RecordKind> extends ParseOptions {
  readonly mapping: HeaderMapping<K>;
  /** Per date field, the order its column proved (detectDateOrder); others use dateOrder. */
  readonly dateOrders?: Readonly<Partial<Record<string, "mdy" | "dmy">>>;
  /** Date fields whose serials a host converted in the other order (swap them back). */
  readonly unswapDates?: ReadonlySet<string>;
  /** Per number field, the decimal mark its column proved; others use decimalSeparator. */
  readonly decimalSeparators?: Readonly<Partial<Record<string, "." | ",">>>;
  readonly sheet: string;
  /** 1-based sheet row of these cells. */
  readonly rowNumber: number;
  /** Column letter of each cell; when absent, computed from firstColumn. */
  readonly columnLetters?: readonly string[];
  /** 0-based sheet column of cells[0] (the table's first column); default 0 = column A. */
  readonly firstColumn?: number;
  /**
   * The same cells' formulas (range.formulas), when the caller read them. Cells are always
   * parsed from computed values; a formula only marks the field as computed (formulaFields).
   */
  readonly formulas?: readonly CellValue[];
  /** Mints the ID of a row whose ID cell is blank (default newId); undefined: no record yet. */
  readonly newId?: IdGenerator | RowIdMinter;
}

export function letterOf<K extends RecordKind>(context: RowContext<K>, index: number): string {
  return context.columnLetters?.[index] ?? columnLetter((context.firstColumn ?? 0) + index);
}

/**
 * Whether a cell holds a formula, from its `formulas` and `values` entries. Text typed with a
 * leading apostrophe ('=not a formula) comes back from Excel's range.formulas without the
 * apostrophe (a reported Excel behaviour; other builds keep it), so "starts with =" alone would
 * take such text for a formula. Its value is the same text, while a formula's value is what it
 * computes, never its own source (a formula that returns exactly its own text is the one case
 * read as text, and harmless: the cell is then treated as the user's text).
 */
export function isFormula(formula: CellValue, value: CellValue): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}
