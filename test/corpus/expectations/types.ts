// The shape of one corpus expectation — "this file, mapped this way, gives the user this" — and
// the helpers that keep the tables short: issue lists by column, serials by calendar date.
import type { StageDefinition } from "../../../src/domain/pipeline";
import { serialFromDate } from "../../../src/domain/records";

/** How an issue reads in a table: its cell and what is wrong, e.g. "K14 date". */
export type IssueKind =
  "date" | "email" | "stage" | "number" | "count" | "missing" | "duplicate ID" | "no column";

export interface CorpusExpectation {
  /** File in test/corpus/files. */
  readonly file: string;
  /** Whose layout it follows (README.md has the source of each). */
  readonly layout: string;
  readonly kind: "customers" | "deals";
  /** What differs from a plain read, e.g. "with HubSpot's stages configured". */
  readonly variant?: string;
  readonly delimiter?: ";";
  readonly options?: {
    readonly stages?: readonly StageDefinition[];
    readonly decimalSeparator?: ",";
  };
  /** Header → field, for every column a field reads (a joined field lists each part). */
  readonly mapping: Readonly<Record<string, string>>;
  /** Field → the headers joined into it, in order (First + Last → Name). */
  readonly joined?: Readonly<Record<string, readonly string[]>>;
  /** Headers kept as the records' custom fields (record.extra). */
  readonly extras: readonly string[];
  /** Data rows in the file (blank and footer lines included), and records the user gets. */
  readonly rows: number;
  readonly kept: number;
  /** Every issue, in sheet order: "K14 date". */
  readonly issues: readonly string[];
  /** Date field → how its column is read: "dmy from column", "mdy by default". */
  readonly dates?: Readonly<Record<string, string>>;
  /** Fields of the record from a sheet row (toMatchObject), or "waits" when it is not kept. */
  readonly samples?: Readonly<Record<number, Readonly<Record<string, unknown>> | "waits">>;
  /** Sheet rows of customers found to be one person (findDuplicateCustomers). */
  readonly duplicateRows?: readonly (readonly number[])[];
  /** Where the outcome falls short of what a user of this export needs (see README.md). */
  readonly gaps?: readonly string[];
  /**
   * Headers a domain change sent to the wrong place, reported and not accepted: each is left out
   * of `mapping` and `extras` and asserted as it should be in a test expected to fail (it.failing)
   * until the mapping is fixed — then that test fails, and the header moves back into `mapping`.
   */
  readonly regressions?: readonly Regression[];
}

export interface Regression {
  readonly header: string;
  /** The field the header should feed, or "custom field" for a column kept as record.extra. */
  readonly wants: string;
  readonly note: string;
}

/** The same issue kind down one column: column("C", "stage", 2, 3) → ["C2 stage", "C3 stage"]. */
export function column(letter: string, kind: IssueKind, ...rows: number[]): string[] {
  return rows.map((row) => `${letter}${row} ${kind}`);
}

export function rowsFromTo(from: number, to: number, except: readonly number[] = []): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).filter(
    (r) => !except.includes(r),
  );
}

/** Excel serial of a calendar date, for sample values. */
export const serial = (year: number, month: number, day: number): number =>
  serialFromDate(year, month, day);

export function stagesOf(probabilities: Readonly<Record<string, number>>): StageDefinition[] {
  return Object.entries(probabilities).map(([name, probability]) => ({ name, probability }));
}
