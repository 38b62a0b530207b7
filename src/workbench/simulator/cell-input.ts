// How Excel (en-US) interprets what is written to a cell through `values` or typed by a user:
// formulas, numbers (also "$1,200", "(5)", "1e5", "00123"), percentages, dates (ISO, US "1/2/2024"
// and "1/2", month names "Jan 5", "5-Jan", "March 2024", "Jan 5, 2024"), times ("10:30") and
// booleans from text, unless the cell is Text ("@").

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
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
// "Jan 5", "Jan 5, 2024", "January 5 2024" / "5 Jan", "5-Jan-2024" / "March 2024", "Mar-24"
const MONTH_DAY = new RegExp(`^${MONTH}[\\s-]+(\\d{1,2})(?:,?[\\s-]+(\\d{4}))?$`, "i");
const DAY_MONTH = new RegExp(`^(\\d{1,2})[\\s-]+${MONTH}(?:[\\s-]+(\\d{4}))?$`, "i");
const MONTH_YEAR = new RegExp(`^${MONTH}[\\s-]+(\\d{4}|\\d{2})$`, "i");
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

/** A year Excel completes: no year is this year (the local clock's), 2 digits are 1930–2029. */
function fullYear(text: string | undefined): number {
  if (text === undefined) return new Date().getFullYear();
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function parseDate(text: string): number | null {
  let m = ISO_DATE.exec(text);
  if (m) return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US_DATE.exec(text);
  if (m) return dateSerial(fullYear(m[3]), Number(m[1]), Number(m[2]));
  m = MONTH_DAY.exec(text);
  if (m) return dateSerial(fullYear(m[3]), monthOf(m[1]), Number(m[2]));
  m = DAY_MONTH.exec(text);
  if (m) return dateSerial(fullYear(m[3]), monthOf(m[2]), Number(m[1]));
  m = MONTH_YEAR.exec(text);
  return m ? dateSerial(fullYear(m[2]), monthOf(m[1]), 1) : null;
}

function parseTime(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  const half = m[4]?.toLowerCase();
  if (min > 59 || sec > 59 || (half ? h < 1 || h > 12 : h > 23)) return null;
  const hours = half ? (h % 12) + (half === "pm" ? 12 : 0) : h;
  return (hours * 3600 + min * 60 + sec) / 86400;
}

/** "$1,200" → 1200 and "(5)" → -5, as Excel reads accounting-style text. */
function parseMoney(text: string): number | null {
  const negative = /^\(.*\)$/.test(text);
  const bare = (negative ? text.slice(1, -1) : text).trim();
  const n = bare.startsWith("$")
    ? parseNumber(bare.slice(1).trim())
    : negative
      ? parseNumber(bare)
      : null;
  if (n === null) return null;
  return negative ? -n : n;
}

function looksNumeric(first: number): boolean {
  // digits, "+", "-", ".", "$" and "(": only such text can be a number, date or time
  return (
    (first >= 48 && first <= 57) ||
    first === 43 ||
    first === 45 ||
    first === 46 ||
    first === 36 ||
    first === 40
  );
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
    const time = parseTime(trimmed);
    if (time !== null) return { value: time, format: "h:mm" };
    const money = parseMoney(trimmed);
    if (money !== null) return { value: money, format: "$#,##0.00" };
    return null;
  }
  if (/^[a-z]/i.test(trimmed)) {
    const serial = parseDate(trimmed);
    if (serial !== null) return { value: serial, format: "yyyy-mm-dd" };
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
