// Opening a .csv as Excel does: one sheet named after the file, no table, each field converted
// as if typed into a General cell (numbers, en-US dates, percentages) — except that text which
// would start a formula stays text, so a CSV can never put a formula into the workbook.
import Papa from "papaparse";
import { formulaOf } from "../simulator/cell-input";
import { type SimValue } from "../simulator";
import { type ConvertedSheet } from "./convert-workbook";

/** Comma, semicolon (European exports, where the comma is the decimal mark) and tab. */
const DELIMITERS = [",", ";", "\t"];
const MAX_SHEET_NAME = 31;
const NOT_IN_SHEET_NAMES = /[\\/?*[\]:]/g;

/** Excel's sheet name for a file: its name without the extension, cut to 31 characters. */
export function sheetNameForFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const name = base
    .replace(NOT_IN_SHEET_NAMES, "_")
    .slice(0, MAX_SHEET_NAME)
    .replace(/^'+|'+$/g, "");
  return name.trim() === "" ? "Sheet1" : name;
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM; bytes that are not UTF-8 read as Windows-1252. */
export function decodeCsv(bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    // TextDecoder drops a UTF-8 BOM by itself
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** One field as model input: null for empty, "'…" for text that must not become a formula. */
export function csvFieldInput(field: string): SimValue | null {
  if (field === "") return null;
  // a leading apostrophe is data in a CSV, not Excel's typed text prefix
  if (field.startsWith("'") || formulaOf(field, false) !== null) return `'${field}`;
  return field;
}

function withoutTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((f) => f === "")) end--;
  return rows.slice(0, end);
}

/**
 * The delimiter of the first rows. Blank lines are skipped for the guess only: papaparse counts
 * a blank line as a one-field row, so a file's final line break alone would defeat its guess.
 */
function guessDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text, {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: true,
    preview: 10,
  });
  return preview.meta.delimiter;
}

/** Parses CSV text into the one sheet Excel would show for it. */
export function convertCsv(csv: string, fileName: string): ConvertedSheet {
  const text = csv.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text) });
  const rows = withoutTrailingBlankRows(parsed.data);
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((row) =>
    Array.from({ length: cols }, (_, c) => csvFieldInput(row[c] ?? "")),
  );
  const formats = values.map((row) => row.map(() => null));
  return { name: sheetNameForFile(fileName), values, formats, tables: [] };
}

export function readCsv(bytes: ArrayBuffer, fileName: string): ConvertedSheet[] {
  return [convertCsv(decodeCsv(bytes), fileName)];
}
