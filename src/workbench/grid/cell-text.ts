// How a cell reads in the grid (value under its number format) and what an editor starts with.
// Dates are Excel serials shown in UTC arithmetic, so the machine's time zone never shifts them.
import { type SimValue } from "../simulator";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The first section of a format without quoted text and [brackets], where tokens live. */
function tokens(format: string): string {
  return format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
}

export function isDateFormat(format: string): boolean {
  return /[yd]/i.test(tokens(format));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** ISO date of a serial, with the time when the serial has one, e.g. "2024-06-15 13:30". */
export function serialToText(serial: number): string {
  const ms = EXCEL_EPOCH_MS + Math.round(serial * DAY_MS);
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  return minutes === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function decimalsOf(format: string): number {
  const m = /\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

function numberFormat(decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${decimals}:${grouping}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    numberFormats.set(key, f);
  }
  return f;
}

/** Excel's General format, roughly: up to 10 significant digits, no trailing zeros. */
function general(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
}

function formatNumber(n: number, format: string): string {
  if (format === "General" || format === "" || format === "@") return general(n);
  const t = tokens(format);
  if (isDateFormat(format)) return serialToText(n);
  const decimals = decimalsOf(t);
  if (t.includes("%")) return `${numberFormat(decimals, false).format(n * 100)}%`;
  if (!/[0#]/.test(t)) return general(n);
  const text = numberFormat(decimals, t.includes(",")).format(Math.abs(n));
  const currency = t.includes("$") ? "$" : "";
  return n < 0 ? `-${currency}${text}` : `${currency}${text}`;
}

export function displayText(value: SimValue, format: string): string {
  if (typeof value === "number") return formatNumber(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** What F2 / double-click puts in the editor; typing it back stores the same value. */
export function editText(cell: { value: SimValue; formula: string; numberFormat: string }): string {
  if (cell.formula) return cell.formula;
  const { value, numberFormat: format } = cell;
  if (typeof value !== "number") return displayText(value, format);
  if (isDateFormat(format)) return serialToText(value);
  if (tokens(format).includes("%")) return `${general(value * 100)}%`;
  return general(value);
}
