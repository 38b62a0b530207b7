// Dates typed as text: ISO "2026-03-01" (optionally with a time), numeric "3/1/2026" (m/d/y or
// d/m/y by option; dotted "1.3.2026" is always d.m.y), and named months "1 Mar 2026",
// "March 1, 2026", "1-Mar-26". Two-digit years follow Excel: 00–29 → 2000s, 30–99 → 1900s.

import { type ExcelSerial, asExcelSerial, daysInMonth, serialFromDate } from "./excel-serial";
import { isWeekdayName, monthNumber } from "./month-names";

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?Z?)?$/i;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;

export function parseDateText(
  text: string,
  dateOrder: "mdy" | "dmy" = "mdy",
): ExcelSerial | undefined {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) return fromParts(+iso[1], +iso[2], +iso[3], timeFraction(iso[4], iso[5], iso[6]));
  const numeric = NUMERIC.exec(s);
  if (numeric) {
    const [a, b] = [+numeric[1], +numeric[3]];
    const dayFirst = numeric[2] === "." || dateOrder === "dmy";
    return fromParts(fullYear(numeric[4]), dayFirst ? b : a, dayFirst ? a : b);
  }
  return parseNamedMonth(s);
}

function parseNamedMonth(s: string): ExcelSerial | undefined {
  const words = s.split(/[\s,.-]+/).filter((w) => w !== "");
  if (words.length === 4 && isWeekdayName(words[0])) words.shift();
  if (words.length !== 3 || !/^\d{2}(\d{2})?$/.test(words[2])) return undefined;
  const year = fullYear(words[2]);
  const [first, second] = words;
  const monthFirst = monthNumber(first);
  if (monthFirst !== undefined && /^\d{1,2}(st|nd|rd|th)?$/i.test(second)) {
    return fromParts(year, monthFirst, parseInt(second, 10));
  }
  const monthSecond = monthNumber(second);
  if (monthSecond !== undefined && /^\d{1,2}(st|nd|rd|th)?$/i.test(first)) {
    return fromParts(year, monthSecond, parseInt(first, 10));
  }
  return undefined;
}

function fullYear(digits: string): number {
  const y = Number(digits);
  if (digits.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/** Fraction of the day; null when the time is impossible. */
function timeFraction(h?: string, m?: string, sec?: string): number | null {
  if (h === undefined) return 0;
  const [hh, mm, ss] = [Number(h), Number(m), Number(sec ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) return null;
  return (hh * 3600 + mm * 60 + ss) / 86_400;
}

function fromParts(year: number, month: number, day: number, fraction?: number | null) {
  if (fraction === null || year < 1900 || year > 9999 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return asExcelSerial(serialFromDate(year, month, day) + (fraction ?? 0));
}
