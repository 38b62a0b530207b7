// Coerces a range argument into the numbers a value-list function (NPV, IRR, ROI…) works on,
// following Excel: blanks and logicals in ranges are skipped, numeric text is read as a number,
// other text is #VALUE! naming the argument and the position.

import { type CellValue, type RangeArg, flattenRange, isBlank } from "./cell-value";
import { type Result, errorValue } from "./error-value";
import { parseNumberText } from "./parse-number-text";

/** One cell as a number; undefined means "skip it" (blank or logical). */
export function cellToNumber(value: CellValue, where: string): Result<number | undefined> {
  if (isBlank(value) || typeof value === "boolean") return undefined;
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : errorValue("#NUM!", `${where} is not finite`);
  }
  const parsed = parseNumberText(value);
  return parsed === undefined
    ? errorValue("#VALUE!", `${where}: "${value}" is not a number`)
    : parsed;
}

export function toNumberList(range: RangeArg, argName: string): Result<number[]> {
  const out: number[] = [];
  const cells = flattenRange(range);
  for (let i = 0; i < cells.length; i++) {
    const n = cellToNumber(cells[i], `${argName} item ${i + 1}`);
    if (typeof n === "object") return n;
    if (n !== undefined) out.push(n);
  }
  return out;
}
