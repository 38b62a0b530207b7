// Money cells: numbers pass through; text may carry a currency symbol or code on either side,
// a sign, accounting parentheses "(300)" and any common grouping ("$1,200.50", "1 200,50 €",
// "€1.200,50"). A lone "-" is the accounting format's zero, so it reads as 0.

import type { CellValue } from "../values";
import { type CellParse, type ParseOptions, failed, parsed } from "./parse-options";
import { parseDecimal } from "./parse-decimal";

const CURRENCY =
  /^(?:[A-Z]{0,2}[$€£¥₹₩₽₺₪₫฿₱]|USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|INR|CNY|BRL|ZAR|MXN|SGD|HKD|kr|zł)/i;
const CURRENCY_END =
  /(?:[A-Z]{0,2}[$€£¥₹₩₽₺₪₫฿₱]|USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|INR|CNY|BRL|ZAR|MXN|SGD|HKD|kr|zł)$/i;
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const DASH = /^[-–—]$/;

export function parseMoney(value: CellValue, options: ParseOptions = {}): CellParse<number> {
  if (typeof value === "number") {
    return Number.isFinite(value) ? parsed(value) : failed("is not a finite number");
  }
  if (typeof value !== "string") return failed("is not a number");
  const n = parseMoneyText(value, options.decimalSeparator);
  return n === undefined ? failed("is not a number") : parsed(n);
}

/** Signed amount from money text; undefined when it is not one. */
export function parseMoneyText(
  text: string,
  decimalSeparator: "." | "," = ".",
): number | undefined {
  let s = text.replace(SPACES, " ").trim();
  let negative = false;
  const parens = /^\((.*)\)$/.exec(s);
  if (parens) {
    negative = true;
    s = parens[1];
  }
  s = stripCurrency(s);
  const sign = /^([-−+])\s*/.exec(s) ?? /\s*([-−+])$/.exec(s);
  if (sign && !DASH.test(s)) {
    negative = negative !== (sign[1] !== "+");
    s = stripCurrency(sign.index === 0 ? s.slice(sign[0].length) : s.slice(0, sign.index));
  }
  if (DASH.test(s)) return negative ? undefined : 0;
  const n = parseDecimal(s, decimalSeparator);
  return n === undefined ? undefined : negative ? -n : n;
}

function stripCurrency(s: string): string {
  return s.trim().replace(CURRENCY, "").replace(CURRENCY_END, "").trim();
}
