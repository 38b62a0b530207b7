// Coerces the cell arguments of the finance functions the way Excel coerces them: ranges are read
// row-major, blanks and logicals in value lists are skipped (as NPV/IRR skip them), numeric text
// counts, other text is #VALUE!. Dated flows are paired position by position.

import { parseDate } from "../records/parse-date";
import {
  type CellValue,
  type RangeArg,
  type Result,
  cellToNumber,
  errorValue,
  flattenRange,
  isBlank,
  isErrorValue,
  parseNumberText,
} from "../values";

/** Excel's last valid date serial (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/** A required scalar: blank counts as 0 and TRUE/FALSE as 1/0, as Excel passes them to NPV. */
export function toNumberArg(value: CellValue, name: string): Result<number> {
  if (isBlank(value)) return 0;
  return toOptionalNumberArg(value, name) as Result<number>;
}

/** An optional scalar: blank or missing (null) means "not given". */
export function toOptionalNumberArg(value: CellValue, name: string): Result<number | null> {
  if (isBlank(value)) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : errorValue("#NUM!", `${name} is not finite`);
  }
  const parsed = parseNumberText(value);
  return parsed ?? errorValue("#VALUE!", `${name}: "${value}" is not a number`);
}

/** A missing optional range argument (Excel passes null). */
export function isMissing(range: RangeArg | undefined): range is null | undefined {
  return range === null || range === undefined;
}

export interface DatedFlows {
  readonly flows: number[];
  readonly dates: number[];
}

/**
 * Flows paired with their dates position by position. A pair whose value is blank (or a logical)
 * is skipped with its date; a value without a valid date is #VALUE!. Dates are truncated to
 * whole days, as Excel's XNPV/XIRR do.
 */
export function toDatedFlows(values: RangeArg, dates: RangeArg): Result<DatedFlows> {
  const valueCells = flattenRange(values);
  const dateCells = flattenRange(dates);
  if (valueCells.length !== dateCells.length) {
    return errorValue("#VALUE!", "cashflows and dates have different lengths");
  }
  const out: DatedFlows = { flows: [], dates: [] };
  for (let i = 0; i < valueCells.length; i++) {
    const flow = cellToNumber(valueCells[i], `cashflows item ${i + 1}`);
    if (isErrorValue(flow)) return flow;
    if (flow === undefined) continue;
    const date = toDateSerial(dateCells[i], `dates item ${i + 1}`);
    if (isErrorValue(date)) return date;
    out.flows.push(flow);
    out.dates.push(date);
  }
  return out;
}

/** One date cell as a whole Excel serial day: a serial number, or date text such as 2008-01-01. */
export function toDateSerial(value: CellValue, where: string): Result<number> {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 0 && value < MAX_SERIAL + 1
      ? Math.floor(value)
      : errorValue("#VALUE!", `${where} is not a valid date`);
  }
  if (typeof value === "string" && value.trim() !== "") {
    const numeric = parseNumberText(value);
    if (numeric !== undefined) return toDateSerial(numeric, where);
    const parsed = parseDate(value);
    if (parsed.ok && parsed.value !== undefined) return Math.floor(parsed.value);
  }
  return errorValue("#VALUE!", `${where} is not a date`);
}

/**
 * Per-period values (year 0 first) where a position is a period: a blank cell is 0 in its
 * period rather than skipped, so benefits and costs stay aligned.
 */
export function toPeriodValues(range: RangeArg, name: string): Result<number[]> {
  const cells = flattenRange(range);
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const n = cellToNumber(cells[i], `${name} item ${i + 1}`);
    if (isErrorValue(n)) return n;
    out.push(n ?? 0);
  }
  return out;
}
