// Sales targets as the workbook keeps them: a two-column range (Owner | Target) for the period a
// formula reports on, typed by the manager on any sheet so co-authors see and edit it like any
// other cell. A header row is allowed; owners match case- and space-insensitively.
import { optionalNumberArg } from "../segments/scalar-arg";
import {
  type CellValue,
  type RangeArg,
  type Result,
  errorValue,
  isBlank,
  isErrorValue,
} from "../values";
import { ownerKey, ownerLabel } from "./owner-key";

export interface OwnerTarget {
  readonly owner: string;
  readonly target: number;
}

type Rows = readonly (readonly CellValue[])[];

/** Targets by owner key; a second row for the same owner or a negative target is an error. */
export function parseTargets(range: RangeArg): Result<Map<string, OwnerTarget>> {
  const rows: Rows = Array.isArray(range) ? (range as Rows) : [[range as CellValue]];
  if (rows.some((row) => row.length !== 2)) {
    return errorValue("#VALUE!", "targets needs two columns: owner and target");
  }
  const targets = new Map<string, OwnerTarget>();
  for (let i = 0; i < rows.length; i++) {
    const row = parseRow(rows[i], i);
    if (isErrorValue(row)) return row;
    if (row === undefined) continue;
    const key = ownerKey(row.owner);
    if (targets.has(key)) {
      return errorValue("#VALUE!", `targets row ${i + 1}: ${row.owner} has a second target`);
    }
    targets.set(key, row);
  }
  return targets;
}

/** Undefined for a blank row, a row without a target, or the header row. */
function parseRow(row: readonly CellValue[], i: number): Result<OwnerTarget | undefined> {
  const [who, amount] = row;
  const where = `targets row ${i + 1}`;
  if (isBlank(amount)) return undefined;
  const target = optionalNumberArg(amount, where);
  if (isErrorValue(target) && i === 0 && typeof amount === "string") return undefined;
  if (isErrorValue(target)) return target;
  if (target === undefined) return undefined;
  if (target < 0) return errorValue("#NUM!", `${where}: target ${target} is negative`);
  return { owner: ownerLabel(isBlank(who) ? undefined : String(who)), target };
}
