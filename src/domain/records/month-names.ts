// English month and weekday names as they appear in typed dates ("1 Mar 2026", "Sept 3").

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Month 1–12 of a full or abbreviated (at least 3 letters) English month name. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  return index < 0 ? undefined : index + 1;
}

export function isWeekdayName(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return w.length >= 3 && WEEKDAYS.some((d) => d.startsWith(w));
}
