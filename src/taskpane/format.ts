// Numbers and Excel serial dates in the user's locale (money, in the workbook's currency, is
// money/format-money.ts). Serial dates are calendar days, so they are formatted in UTC: a local
// time zone must never move a date by a day.

const EXCEL_EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

export function formatNumber(value: number): string {
  return number.format(value);
}

/** Whole units, grouped, without a currency: an amount as an input's editable text. */
export function formatAmount(value: number): string {
  return whole.format(value);
}

export function formatSerialDate(serial: number | undefined): string {
  if (serial === undefined) return "—";
  return date.format(new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * DAY_MS));
}

export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}

/** Shares in summaries (win rate, attainment): whole percent. */
export function formatWholePercent(fraction: number): string {
  return `${whole.format(fraction * 100)}%`;
}
