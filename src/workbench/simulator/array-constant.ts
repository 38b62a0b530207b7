// Excel's array constants in en-US formulas: {1,2;3,4} — a comma separates columns, a semicolon
// rows; elements are numbers, "text", TRUE/FALSE or error values, never references or formulas,
// and every row has as many columns as the first (Excel refuses the formula otherwise).
import { type SimValue } from "./cell-input";
import { isErrorValue } from "./cell-writes";

// no percent sign, $ or thousands separator: Excel refuses them inside an array constant
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function element(raw: string): SimValue | null {
  const text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const inner = text.slice(1, -1);
    return /(^|[^"])"([^"]|$)/.test(inner) ? null : inner.replace(/""/g, '"');
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  if (isErrorValue(upper)) return upper;
  return NUMBER.test(text) ? Number(text) : null;
}

/** Splits on `separator` outside "quoted" text. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The rows of an array constant written as "{…}", or null when Excel would not accept it. */
export function parseArrayConstant(text: string): SimValue[][] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return null;
  const body = trimmed.slice(1, -1);
  if (body.trim() === "" || /[{}]/.test(body.replace(/"[^"]*"/g, ""))) return null;
  const rows: SimValue[][] = [];
  for (const line of splitOutsideQuotes(body, ";")) {
    const row: SimValue[] = [];
    for (const raw of splitOutsideQuotes(line, ",")) {
      const value = element(raw);
      if (value === null) return null;
      row.push(value);
    }
    if (rows.length > 0 && row.length !== rows[0].length) return null;
    rows.push(row);
  }
  return rows;
}
