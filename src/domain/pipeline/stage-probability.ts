// Reads a per-deal probability override as people type it: 0.4, "40%" or 40 all mean 40%.
// Numbers above 1 (up to 100) are percents, because nobody means a 4000% win chance.

import { type CellValue, type Result, errorValue, isBlank, parseNumberText } from "../values";

/** The override as a fraction 0–1; undefined when the cell is blank (use the stage default). */
export function parseDealProbability(value: CellValue, where: string): Result<number | undefined> {
  if (isBlank(value)) return undefined;
  const n = toNumber(value);
  if (n === undefined) {
    return errorValue("#VALUE!", `${where}: "${String(value)}" is not a probability`);
  }
  if (!(n >= 0 && n <= 100)) {
    return errorValue("#NUM!", `${where}: probability ${n} is outside 0–1 (or 0–100%)`);
  }
  return n > 1 ? n / 100 : n;
}

function toNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return parseNumberText(value);
  return undefined;
}
