// Money as people read it, in the workbook's currency through Intl: whole units for totals and
// summaries, cents only for an item that has them, and a compact form ("$1.2M") where space is
// short. The locale is the user's unless given (tests pass one, so they never depend on the
// machine's).

export interface MoneyStyle {
  /** ISO 4217 code, e.g. "EUR". */
  readonly currency: string;
  /** BCP 47 tag; undefined = the user's own locale. */
  readonly locale?: string;
}

const formats = new Map<string, Intl.NumberFormat>();

function formatter(style: MoneyStyle, kind: "whole" | "cents" | "compact"): Intl.NumberFormat {
  const key = `${style.locale ?? ""}|${style.currency}|${kind}`;
  let f = formats.get(key);
  if (f === undefined) {
    const digits = kind === "cents" ? {} : { minimumFractionDigits: 0, maximumFractionDigits: 0 };
    const compact = kind === "compact" ? { notation: "compact" as const } : {};
    const options = { style: "currency" as const, currency: style.currency, ...digits, ...compact };
    f = new Intl.NumberFormat(style.locale, kind === "compact" ? withOneDecimal(options) : options);
    formats.set(key, f);
  }
  return f;
}

function withOneDecimal(options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  return { ...options, maximumFractionDigits: 1 };
}

/** Totals and summaries (pipeline, won, targets, NPV): whole units, grouped. */
export function formatMoney(value: number, style: MoneyStyle): string {
  return formatter(style, "whole").format(value);
}

/** One item's own amount (a deal, a cost line): cents when it has them, else whole units. */
export function formatItemMoney(value: number, style: MoneyStyle): string {
  const hasCents = Math.round(value * 100) % 100 !== 0;
  return formatter(style, hasCents ? "cents" : "whole").format(value);
}

/** Where space is short: "$1.2M", "€38K"; amounts under a thousand as formatMoney shows them. */
export function formatCompactMoney(value: number, style: MoneyStyle): string {
  return Math.abs(value) < 1000
    ? formatMoney(value, style)
    : formatter(style, "compact").format(value);
}

/** The currency's symbol in the locale ("$", "€", "SEK"), for labels such as "Amount ($)". */
export function currencySymbol(style: MoneyStyle): string {
  const part = formatter(style, "whole")
    .formatToParts(0)
    .find((p) => p.type === "currency");
  return part?.value ?? style.currency;
}
