// Excel serial dates (days since 1899-12-30, fraction = time of day), computed in UTC day
// arithmetic so results never depend on the machine's time zone. Excel believes 1900 was a leap
// year: serial 60 is the phantom 1900-02-29, and serials 1–59 sit one day off the true calendar.

declare const excelSerialBrand: unique symbol;

/** A date as Excel stores it: serial day number, optional fraction for the time of day. */
export type ExcelSerial = number & { readonly [excelSerialBrand]: true };

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, the last date Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

export function asExcelSerial(value: number): ExcelSerial {
  return value as ExcelSerial;
}

export function isValidSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value < MAX_EXCEL_SERIAL + 1;
}

/** Serial of a calendar date (month 1–12). Dates before 1900-03-01 follow Excel's leap-year bug. */
export function serialFromDate(year: number, month: number, day: number): ExcelSerial {
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
  return asExcelSerial(days < 61 ? days - 1 : days);
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Calendar date of a serial's whole day; serial 60 is Excel's 1900-02-29. */
export function dateFromSerial(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH_MS + (whole < 60 ? whole + 1 : whole) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "2026-03-01" for messages and logs. */
export function isoDateFromSerial(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the true Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}
