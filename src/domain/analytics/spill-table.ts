// The shape every analytics spill has: a header row, then rows of cells, each a value or the
// error value saying why it has none (one bad cell never blanks the table).
import type { Result } from "../values";

export type SpillCell = Result<string | number>;
export type SpillTable = SpillCell[][];

/** A blank cell, for a value that does not apply (not one that failed). */
export const BLANK = "";
