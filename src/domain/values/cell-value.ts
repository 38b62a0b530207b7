// The shapes in which cell values reach the domain: what Excel hands a custom function or what a
// range read returns. Blank cells arrive as null (missing optional argument) or "" (empty cell).

export type CellValue = number | string | boolean | null | undefined;

/** A range argument: a single value, or rows of values (read row-major). */
export type RangeArg = CellValue | readonly (readonly CellValue[])[];

export function isBlank(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** Row-major list of every cell of a range argument, blanks included. */
export function flattenRange(range: RangeArg): CellValue[] {
  if (!Array.isArray(range)) return [range as CellValue];
  const out: CellValue[] = [];
  for (const row of range as readonly (readonly CellValue[])[]) {
    for (const cell of row) out.push(cell);
  }
  return out;
}
