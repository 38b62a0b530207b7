// Free text and IDs: trimmed; numbers become their digits (a phone or ID typed as a number),
// logicals TRUE/FALSE as Excel shows them. Blank text is a blank cell.

import type { CellValue } from "../values";
import { type CellParse, parsed } from "./parse-options";

export function parseText(value: CellValue): CellParse<string> {
  return parsed(cellText(value));
}

/** The text a cell shows, trimmed; undefined for blank. */
export function cellText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value).trim();
  return s === "" ? undefined : s;
}
