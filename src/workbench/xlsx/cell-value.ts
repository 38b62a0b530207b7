// One ExcelJS cell → what the workbench model is given for it: constants as values (dates as
// Excel serials in UTC, rich text and hyperlinks as plain text), formulas as "=…" text.
import type ExcelJS from "exceljs";
import { type SimValue } from "../simulator";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

// ExcelJS.ValueType, inlined so this module needs no runtime import of ExcelJS
const MERGE = 1;
const FORMULA = 6;

/** Excel serial of a Date ExcelJS read (ExcelJS builds them in UTC from the stored serial). */
export function dateToSerial(date: Date): number {
  const serial = (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  // keep whole days whole; times keep millisecond precision
  return Math.round(serial * DAY_MS) / DAY_MS;
}

function objectText(value: object): SimValue | null {
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: string }) => run.text ?? "").join("");
  }
  if ("error" in value && typeof value.error === "string") return value.error;
  if ("text" in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object") return objectText(text);
  }
  return null;
}

/** A constant as model input; text gets a leading "'" so "00123" or "=x" stay text. */
export function constantInput(value: ExcelJS.CellValue): SimValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : `'${value}`;
  if (value instanceof Date) return dateToSerial(value);
  const text = objectText(value);
  if (typeof text === "string" && !text.startsWith("#")) return text === "" ? null : `'${text}`;
  return text;
}

/** Model input for a cell: its formula when it has one, else its constant; null for none. */
export function cellInput(cell: ExcelJS.Cell): SimValue | null {
  if (cell.type === MERGE) return null;
  if (cell.type === FORMULA) {
    const formula = cell.formula;
    if (formula) return `=${formula.replace(/^=/, "")}`;
  }
  return constantInput(cell.value);
}
