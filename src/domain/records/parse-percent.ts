// Probabilities as people type them: "12%", 0.12 and 12 all mean 12%. A bare number above 1
// (up to 100) is a percent — the same rule as CRM.PIPELINE's override (stage-probability.ts),
// because nobody means a 1200% win chance. So 1 means 100%, not 1%; write "1%" for 1%.

import type { CellValue } from "../values";
import { type CellParse, type ParseOptions, failed, parsed } from "./parse-options";
import { parseDecimal } from "./parse-decimal";

/** A fraction 0–1. */
export function parsePercent(value: CellValue, options: ParseOptions = {}): CellParse<number> {
  const read = readPercent(value, options.decimalSeparator);
  if (read === undefined) return failed("is not a percentage");
  const { n, explicit } = read;
  const fraction = explicit ? n / 100 : n > 1 ? n / 100 : n;
  if (!(n >= 0 && fraction <= 1)) return failed("is outside 0–100%");
  return parsed(fraction);
}

function readPercent(
  value: CellValue,
  decimalSeparator: "." | "," | undefined,
): { n: number; explicit: boolean } | undefined {
  if (typeof value === "number")
    return Number.isFinite(value) ? { n: value, explicit: false } : undefined;
  if (typeof value !== "string") return undefined;
  const m = /^\s*([-+]?)\s*([^%]*?)\s*(%?)\s*$/.exec(value);
  if (!m) return undefined;
  const n = parseDecimal(m[2], decimalSeparator);
  if (n === undefined) return undefined;
  return { n: m[1] === "-" ? -n : n, explicit: m[3] === "%" };
}
