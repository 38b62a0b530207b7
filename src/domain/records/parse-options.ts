// Locale and configuration knobs for reading cells. Defaults follow en-US Excel: m/d/y dates and
// "." as decimal separator; stages default to DEFAULT_STAGES.

import type { StageDefinition } from "../pipeline/default-stages";

export interface ParseOptions {
  /** How to read an all-numeric date like 3/1/2026. Dotted dates (1.3.2026) are always d.m.y. */
  readonly dateOrder?: "mdy" | "dmy";
  /** Decides ambiguous "1.200" / "1,200" only; "1.200,50" and "1,200.50" read the same in both. */
  readonly decimalSeparator?: "." | ",";
  /** The workbook's configured stages. */
  readonly stages?: readonly StageDefinition[];
  /**
   * Date serials in this column were converted by a host reading the other order (see
   * unswap-converted-date.ts): read them with day and month swapped back.
   */
  readonly unswapSerials?: boolean;
  /** The sheet's own stage words → a configured stage, keyed by normalizeStageName. */
  readonly stageAliases?: Readonly<Record<string, string>>;
}

/** One cell's reading: a value (undefined for blank) or the problem, phrased to follow the cell. */
export type CellParse<T> =
  | { readonly ok: true; readonly value: T | undefined; readonly warning?: string }
  | { readonly ok: false; readonly problem: string };

export function parsed<T>(value: T | undefined, warning?: string): CellParse<T> {
  return warning === undefined ? { ok: true, value } : { ok: true, value, warning };
}

export function failed<T>(problem: string): CellParse<T> {
  return { ok: false, problem };
}
