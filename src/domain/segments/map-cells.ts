// Element-wise functions (SEGMENT, SCORE) spill their answers in the shape of their input; this
// keeps that shape bookkeeping out of the functions themselves.

import { type CellValue, type RangeArg } from "../values";

/** The range as rows (a single value becomes a 1×1 block). */
export function toRows(range: RangeArg): (readonly CellValue[])[] {
  return Array.isArray(range)
    ? (range as readonly (readonly CellValue[])[]).map((row) => row)
    : [[range as CellValue]];
}

/** Applies fn to every cell, passing its row-major index, and keeps the rows-and-columns shape. */
export function mapCells<T>(range: RangeArg, fn: (value: CellValue, index: number) => T): T[][] {
  let index = 0;
  return toRows(range).map((row) => row.map((value) => fn(value, index++)));
}
