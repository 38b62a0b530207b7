// How Excel interprets what is written to a cell through `values` or typed by a user:
// formulas, numbers, percentages, ISO/US dates and booleans from text, unless the cell is Text ("@").

/** A cell value; "" is a blank cell. */
export type SimValue = string | number | boolean;

export const TEXT_FORMAT = "@";

export interface TypedText {
  value: number | boolean;
  /** Number format Excel applies when the cell was General, e.g. "0%" for "12%". */
  format?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel serial number of a calendar date (UTC arithmetic: independent of the machine's zone). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return Math.round((ms - EXCEL_EPOCH_MS) / 86400000);
}

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text) || !/\d/.test(text)) return null;
  return Number(text.replace(/,/g, ""));
}

function parseDate(text: string): number | null {
  let m = ISO_DATE.exec(text);
  if (m) return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US_DATE.exec(text);
  return m ? dateSerial(Number(m[3]), Number(m[1]), Number(m[2])) : null;
}

function looksNumeric(first: number): boolean {
  // digits, "+", "-" and ".": only such text can be a number or date, so most text skips parsing
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
}

/** Text Excel turns into a number or boolean when typed into a General cell; null when it stays text. */
export function parseTypedText(text: string): TypedText | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  const first = trimmed.charCodeAt(0);
  if (looksNumeric(first)) {
    const n = parseNumber(trimmed);
    if (n !== null) return { value: n };
    if (trimmed.endsWith("%")) {
      const p = parseNumber(trimmed.slice(0, -1).trim());
      if (p !== null) return { value: p / 100, format: "0%" };
    }
    const serial = parseDate(trimmed);
    if (serial !== null) return { value: serial, format: "yyyy-mm-dd" };
    return null;
  }
  if (trimmed.length === 4 || trimmed.length === 5) {
    const upper = trimmed.toUpperCase();
    if (upper === "TRUE") return { value: true };
    if (upper === "FALSE") return { value: false };
  }
  return null;
}

/**
 * The formula a written string stands for, or null for a constant. Excel's documentation for
 * Range.values: a value starting with "=", "+" or "-" is interpreted as a formula ("-5" stays a
 * number); "@" starts a formula too when typed.
 */
export function formulaOf(text: string, textFormat: boolean): string | null {
  if (textFormat || text.length < 2) return null;
  const first = text.charCodeAt(0);
  if (first === 61) return text;
  if (first !== 43 && first !== 45 && first !== 64) return null;
  if (first !== 64 && parseTypedText(text) !== null) return null;
  return "=" + text;
}

/** True when a text constant would be re-read as a formula or number, so `formulas` shows "'". */
export function needsQuotePrefix(text: string): boolean {
  return formulaOf(text, false) !== null || parseTypedText(text) !== null;
}
