// CRM.RFM: quintile scores 1–5 for recency, frequency and monetary value, packed as a code
// (545). Scoring follows the contract: F, M = 1 + ⌊5·#{x < v}/n⌋; R = 1 + ⌊5·#{x > v}/n⌋.

import {
  type CellValue,
  type ErrorValue,
  type RangeArg,
  type Result,
  errorValue,
  flattenRange,
  isBlank,
  isErrorValue,
} from "../values";
import { rfmCode } from "./rfm-code";
import { optionalNumberArg } from "./scalar-arg";

/** One customer's spill cell: a code, an error, or "" for an entirely blank row. */
export type RfmCell = Result<number> | "";

interface Customer {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

/**
 * One cell per customer, in row-major order of the inputs. A row that is wholly blank yields ""
 * (so whole-column references work); a row with a blank or non-number yields #VALUE! in its cell
 * only, and the other customers are scored among the valid rows. No valid row at all → #N/A.
 */
export function rfmCodes(
  recency: RangeArg,
  frequency: RangeArg,
  monetary: RangeArg,
): Result<RfmCell[]> {
  const columns = [flattenRange(recency), flattenRange(frequency), flattenRange(monetary)];
  const n = columns[0].length;
  if (columns[1].length !== n || columns[2].length !== n) {
    return errorValue(
      "#VALUE!",
      `recency, frequency and monetary differ in length (${columns.map((c) => c.length).join(", ")})`,
    );
  }
  const rows = columns[0].map((_, i) =>
    readCustomer(columns[0][i], columns[1][i], columns[2][i], i),
  );
  const valid = rows.filter(
    (row): row is Customer => typeof row === "object" && !isErrorValue(row),
  );
  if (valid.length === 0)
    return errorValue("#N/A", "no customer has recency, frequency and monetary");
  const rank = {
    r: sortedAscending(valid.map((c) => c.r)),
    f: sortedAscending(valid.map((c) => c.f)),
    m: sortedAscending(valid.map((c) => c.m)),
  };
  return rows.map((row) => {
    if (row === "" || isErrorValue(row)) return row;
    return rfmCode({
      r: quintile(countAbove(rank.r, row.r), valid.length),
      f: quintile(countBelow(rank.f, row.f), valid.length),
      m: quintile(countBelow(rank.m, row.m), valid.length),
    });
  });
}

function readCustomer(
  r: CellValue,
  f: CellValue,
  m: CellValue,
  i: number,
): Customer | ErrorValue | "" {
  if (isBlank(r) && isBlank(f) && isBlank(m)) return "";
  const where = `customer ${i + 1}`;
  const values: number[] = [];
  for (const [name, cell] of [
    ["recency", r],
    ["frequency", f],
    ["monetary", m],
  ] as const) {
    const n = optionalNumberArg(cell, `${where} ${name}`);
    if (isErrorValue(n)) return n;
    if (n === undefined) return errorValue("#VALUE!", `${where}: ${name} is blank`);
    values.push(n);
  }
  return { r: values[0], f: values[1], m: values[2] };
}

/** 1 + ⌊5·k/n⌋ in integers, so ties and boundaries are exact. */
export function quintile(k: number, n: number): number {
  return 1 + Math.floor((5 * k) / n);
}

function sortedAscending(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** #{x < v} by binary search over the sorted values. */
function countBelow(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** #{x > v} = n − #{x ≤ v}. */
function countAbove(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}
