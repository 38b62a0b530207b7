// Estimates the JSON size of a grid of cells, the way Excel counts a request or response, to size
// read chunks from measured bytes per row without serialising megabytes of text.

export function gridBytes(rows: readonly (readonly unknown[])[]): number {
  let size = 2 + rows.length;
  for (const row of rows) {
    size += 1 + row.length;
    for (const v of row) size += cellBytes(v);
  }
  return size;
}

function cellBytes(v: unknown): number {
  if (typeof v === "string") return v.length + 2;
  if (typeof v === "number") return String(v).length;
  if (typeof v === "boolean") return v ? 4 : 5;
  return 4;
}
